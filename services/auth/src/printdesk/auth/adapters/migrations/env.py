from printdesk.auth.adapters.orm import metadata
from printdesk.kit.migrations import run_env

run_env(metadata)
