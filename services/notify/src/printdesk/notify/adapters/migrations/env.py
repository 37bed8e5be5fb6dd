from printdesk.kit.migrations import run_env
from printdesk.notify.adapters.orm import metadata

run_env(metadata)
