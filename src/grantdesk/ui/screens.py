"""Everything the window builds once the data is open (`MainWindow.attach`), imported in one
place: importing these takes longer than building them, so at start-up they are imported on
the worker thread that opens the database (`app.open_store`), off the window's thread."""

from grantdesk.ui.common.widgets import UNSAVED_TEXT_CHANGED, UndoBanner
from grantdesk.ui.files.files_state import BackupsState
from grantdesk.ui.files.takeaway_flow import TakeAwayFlow
from grantdesk.ui.files.takeaway_state import TakeAwayState
from grantdesk.ui.funders.form_entry_view import FormEntryView
from grantdesk.ui.funders.funders_state import FundersState
from grantdesk.ui.funders.funders_view import FundersView
from grantdesk.ui.guided.application_state import GuidedState
from grantdesk.ui.guided.application_view import ApplicationView
from grantdesk.ui.home.home_state import HomeState
from grantdesk.ui.home.home_view import HomeView
from grantdesk.ui.printing.print_flow import PrintFlow
from grantdesk.ui.profile.profile_state import ProfileState
from grantdesk.ui.profile.profile_view import ProfileView

__all__ = [
    "UNSAVED_TEXT_CHANGED",
    "ApplicationView",
    "BackupsState",
    "FormEntryView",
    "FundersState",
    "FundersView",
    "GuidedState",
    "HomeState",
    "HomeView",
    "PrintFlow",
    "ProfileState",
    "ProfileView",
    "TakeAwayFlow",
    "TakeAwayState",
    "UndoBanner",
]
