"""Request and response models of the public HTTP API (API.md), one module per service. Field names are wire names."""

from printdesk.contracts.api.analytics import *  # noqa: F403
from printdesk.contracts.api.auth import *  # noqa: F403
from printdesk.contracts.api.catalog import *  # noqa: F403
from printdesk.contracts.api.common import *  # noqa: F403
from printdesk.contracts.api.files import *  # noqa: F403
from printdesk.contracts.api.jobs import *  # noqa: F403
from printdesk.contracts.api.lifecycle import *  # noqa: F403
from printdesk.contracts.api.notify import *  # noqa: F403
