"""CSS selectors of Streamlit 1.67's page, written once for every browser test."""

APP_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
APP_COMPILE_ERROR = '[data-testid="stApp"][data-test-script-state="compilationError"]'
MAIN = '[data-testid="stMain"]'
SIDEBAR = '[data-testid="stSidebar"]'
EXCEPTION = '[data-testid="stException"]'
PLOTLY_CHART = '[data-testid="stPlotlyChart"]'
DATAFRAME = '[data-testid="stDataFrame"]'
DOWNLOAD_BUTTON = '[data-testid="stDownloadButton"]'
METRIC = '[data-testid="stMetric"]'
METRIC_VALUE = '[data-testid="stMetricValue"]'
