"""The container deployment, checked without a Docker engine.

compose.yaml against the Compose Specification schema (vendored beside this file, see README.md),
plus the rules a schema cannot state: no secret written into the file, one published port (the
gateway's), dependencies and Dockerfiles that exist, images that do not run as root.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from printdesk.devstack.stack import GATEWAY_HARDENING

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
COMPOSE_FILE = REPO / "compose.yaml"
ENV_EXAMPLE = REPO / "deploy" / ".env.example"
SCHEMA_FILE = HERE / "compose-spec.json"

PYTHON_SERVICES = ("jobs", "files", "notify", "auth")
GATEWAY = "gateway"

SECRET_NAME = re.compile(r"PASSWORD|SECRET", re.IGNORECASE)
# One whole `${NAME}`, `${NAME:-default}`, `${NAME:?message}` (or the forms without the colon).
REFERENCE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")
URL_PASSWORD = re.compile(r"://[^:/@\s]+:(?P<password>\$\{[^}]*\}|[^@/\s]*)@")
ROOT_USERS = {"root", "0"}


# The schema declares draft 2019-09 as "http://json-schema.org/draft/2019-09/schema#", a spelling
# jsonschema does not look up, so name the draft here rather than let it guess.
SchemaValidator = jsonschema.Draft201909Validator


def load_schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose() -> dict:
    # safe_load resolves the `<<: *anchor` merge keys the way Compose does.
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose: dict) -> dict:
    return compose["services"]


def environment_of(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {key: "" if value is None else str(value) for key, value in env.items()}


def depends_on_of(service: dict) -> dict[str, dict]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return {name: {"condition": "service_started"} for name in deps}
    return deps


def is_secret_reference(value: str) -> bool:
    """A whole `${...}` reference whose fallback, if any, is empty: no secret hides in a default."""
    match = REFERENCE.fullmatch(value)
    if match is None:
        return False
    return match["op"] not in ("-", ":-") or match["arg"] == ""


def test_compose_file_matches_the_compose_specification_schema(compose: dict) -> None:
    schema = load_schema()
    SchemaValidator.check_schema(schema)
    errors = sorted(SchemaValidator(schema).iter_errors(compose), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors
    )


def test_schema_check_rejects_a_misspelt_service_key() -> None:
    """Guards the guard: a schema that accepted anything would make the test above worthless."""
    validator = SchemaValidator(load_schema())
    assert not validator.is_valid({"services": {"x": {"image": "busybox", "enviroment": {}}}})
    assert validator.is_valid({"services": {"x": {"image": "busybox", "environment": {}}}})


def test_every_password_or_secret_setting_is_a_variable_reference(services: dict) -> None:
    literal = [
        f"{name}.{key}={value!r}"
        for name, service in services.items()
        for key, value in environment_of(service).items()
        if SECRET_NAME.search(key) and not is_secret_reference(value)
    ]
    assert not literal, f"secrets written into compose.yaml: {literal}"


def test_passwords_inside_connection_urls_are_variable_references(services: dict) -> None:
    passwords = {
        f"{name}.{key}": match["password"]
        for name, service in services.items()
        for key, value in environment_of(service).items()
        for match in URL_PASSWORD.finditer(value)
    }
    assert len(passwords) >= len(PYTHON_SERVICES), f"database URLs not recognised: {sorted(passwords)}"
    literal = sorted(where for where, password in passwords.items() if not is_secret_reference(password))
    assert not literal, f"connection URLs with a literal password: {literal}"


def test_every_variable_compose_reads_is_documented_in_the_env_example() -> None:
    referenced = {m["name"] for m in REFERENCE.finditer(COMPOSE_FILE.read_text(encoding="utf-8"))}
    documented = {
        line.split("=", 1)[0].strip()
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.lstrip().startswith("#")
    }
    assert referenced <= documented, f"missing from deploy/.env.example: {sorted(referenced - documented)}"


def test_only_the_gateway_publishes_ports(services: dict) -> None:
    publishing = sorted(name for name, service in services.items() if service.get("ports"))
    assert publishing == [GATEWAY]
    host_network = sorted(name for name, s in services.items() if s.get("network_mode") == "host")
    assert host_network == []


def test_every_dependency_is_a_defined_service(services: dict) -> None:
    unknown = [
        f"{name} -> {dep}"
        for name, service in services.items()
        for dep in depends_on_of(service)
        if dep not in services
    ]
    assert not unknown


def test_services_waited_on_until_healthy_have_a_healthcheck(services: dict) -> None:
    without = [
        f"{name} -> {dep}"
        for name, service in services.items()
        for dep, spec in depends_on_of(service).items()
        if spec.get("condition") == "service_healthy" and "test" not in services[dep].get("healthcheck", {})
    ]
    assert not without


def test_every_long_running_service_has_a_healthcheck(services: dict) -> None:
    assert sorted(n for n, s in services.items() if "test" not in s.get("healthcheck", {})) == []


def build_dockerfiles(services: dict) -> dict[str, Path]:
    dockerfiles = {}
    for name, service in services.items():
        build = service.get("build")
        if build is None:
            continue
        if isinstance(build, str):
            build = {"context": build}
        dockerfiles[name] = REPO / build.get("context", ".") / build.get("dockerfile", "Dockerfile")
    return dockerfiles


def test_every_build_context_and_dockerfile_exists(services: dict) -> None:
    dockerfiles = build_dockerfiles(services)
    assert set(dockerfiles) == {*PYTHON_SERVICES, "web"}
    missing = [f"{name}: {path}" for name, path in dockerfiles.items() if not path.is_file()]
    assert not missing


def test_every_bind_mounted_host_path_exists(services: dict) -> None:
    missing = []
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0] if isinstance(volume, str) else volume.get("source", "")
            if source.startswith((".", "/")) and not (REPO / source).exists():
                missing.append(f"{name}: {source}")
    assert not missing


def test_each_service_uses_its_own_database_and_the_init_script_creates_it(services: dict) -> None:
    volumes = services["postgres"]["volumes"]
    init_mount = next(v for v in volumes if v.split(":")[1] == "/docker-entrypoint-initdb.d")
    init_dir = REPO / init_mount.split(":")[0]
    init_scripts = "\n".join(p.read_text(encoding="utf-8") for p in sorted(init_dir.glob("*.sh")))
    for svc in PYTHON_SERVICES:
        url = environment_of(services[svc])[f"PRINTDESK_{svc.upper()}_DATABASE_URL"]
        assert url.startswith("postgresql+psycopg://"), url
        assert url.endswith(f"@postgres:5432/printdesk_{svc}"), url
        assert f"printdesk_{svc}:" in url, "each service logs in as its own role"
        assert re.search(rf"^create_service_database {svc} ", init_scripts, re.MULTILINE), svc


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs: comments dropped, backslash continuations joined."""
    instructions, pending = [], ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line, pending = pending + line, ""
        keyword, _, args = line.partition(" ")
        instructions.append((keyword.upper(), args.strip()))
    return instructions


DOCKERFILES = [REPO / "services" / svc / "Dockerfile" for svc in PYTHON_SERVICES] + [REPO / "web" / "Dockerfile"]


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: str(p.relative_to(REPO)))
def test_dockerfile_final_stage_runs_as_a_non_root_user(dockerfile: Path) -> None:
    instructions = dockerfile_instructions(dockerfile)
    froms = [i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM"]
    assert froms, "no FROM"
    assert instructions[0][0] in ("FROM", "ARG"), "a Dockerfile starts with FROM (or ARG for it)"
    final_stage = instructions[froms[-1] :]
    users = [args for keyword, args in final_stage if keyword == "USER"]
    assert users, "the final stage sets no USER, so it would run as root"
    user = users[-1].split(":", 1)[0]
    assert user not in ROOT_USERS, f"final USER is {users[-1]}"
    assert any(keyword == "CMD" for keyword, _ in final_stage), "the final stage has no CMD"


@pytest.mark.parametrize("svc", PYTHON_SERVICES)
def test_python_service_image_migrates_then_serves_its_own_package(svc: str) -> None:
    instructions = dockerfile_instructions(REPO / "services" / svc / "Dockerfile")
    assert ("FROM", "python:3.11-slim AS build") in instructions
    runs = " ".join(args for keyword, args in instructions if keyword == "RUN")
    install = next(line for line in runs.split(" && ") if "pip install" in line and "-c constraints.txt" in line)
    for package in ("./contracts", "./services/kit", f"./services/{svc}"):
        assert package in install.split(), f"{package} is not installed in the {svc} image"
    cmd = json.loads(next(args for keyword, args in reversed(instructions) if keyword == "CMD"))
    assert cmd == [
        "sh",
        "-c",
        f"printdesk-{svc} migrate && exec printdesk-{svc} serve --host 0.0.0.0 --port 8000",
    ]


def test_dockerignore_keeps_local_state_and_secrets_out_of_the_build_context() -> None:
    patterns = {
        line.strip()
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for required in (".git", "**/.venv", "var/", "**/node_modules", "web/.next", "**/__pycache__", ".env"):
        assert required in patterns, required


def test_the_gateway_in_containers_is_hardened_as_make_up_runs_it(compose: dict) -> None:
    command = compose["services"][GATEWAY]["command"]
    assert set(GATEWAY_HARDENING) <= set(command)
