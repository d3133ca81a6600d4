"""User configuration: ``postcheck.toml`` in the data folder, then ``--config``, then flags.

The data folder is ``platformdirs.user_data_dir("postcheck")`` unless ``POSTCHECK_HOME``
is set (tests always set it). A registrant sets their profession once::

    postcheck config set profession physio

and every later ``postcheck check`` uses it unless a flag says otherwise.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from postcheck.errors import ConfigError
from postcheck.model.context import Context, ContextError

CONTEXT_KEYS = ("platform", "account", "audience", "profession", "consent")
LIST_KEYS = ("select", "ignore", "allow")
OTHER_KEYS = ("fail_on", "format", "problem_confidence", "color", "image_checks")
ALL_KEYS = CONTEXT_KEYS + LIST_KEYS + OTHER_KEYS
FAIL_ON = ("info", "low", "medium", "high", "never")


def data_dir() -> Path:
    home = os.environ.get("POSTCHECK_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("postcheck", appauthor=False))


def config_path() -> Path:
    return data_dir() / "postcheck.toml"


@dataclass
class Config:
    values: dict = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def get(self, key: str, default=None):
        return self.values.get(key, default)

    def context(self) -> Context:
        try:
            return Context.make(**{k: self.values.get(k) for k in CONTEXT_KEYS})
        except ContextError as exc:
            raise ConfigError(str(exc), file=self.sources[-1] if self.sources else None) from None


def _read(path: Path, required: bool) -> dict:
    if not path.exists():
        if required:
            raise ConfigError("config file not found", file=str(path))
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("config file is not valid UTF-8", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"malformed TOML: {exc}", file=str(path)) from None
    section = data.get("check", data)
    if not isinstance(section, dict):
        raise ConfigError("[check] must be a table", file=str(path))
    out = {}
    for key, value in section.items():
        if isinstance(value, dict):
            continue  # other sections ([audit], [serve]) belong to other commands
        if key not in ALL_KEYS:
            raise ConfigError(f"unknown setting {key!r} (known: {', '.join(ALL_KEYS)})", file=str(path))
        if key in LIST_KEYS:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{key!r} must be a list of text", file=str(path))
        if key == "fail_on" and value not in FAIL_ON:
            raise ConfigError(f"fail_on must be one of {', '.join(FAIL_ON)}", file=str(path))
        if key == "image_checks" and value not in ("meta", "full"):
            raise ConfigError("image_checks must be meta or full", file=str(path))
        out[key] = value
    return out


def load_config(extra: str | None = None) -> Config:
    cfg = Config()
    default = config_path()
    cfg.values.update(_read(default, required=False))
    if default.exists():
        cfg.sources.append(str(default))
    if extra:
        cfg.values.update(_read(Path(extra), required=True))
        cfg.sources.append(extra)
    # validate context values now, naming the file they came from
    if cfg.values:
        cfg.context()
    return cfg


def _toml_value(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def set_value(key: str, value: str | None) -> Path:
    """Set (or with ``None`` remove) one setting in the user config file, atomically."""
    if key not in ALL_KEYS:
        raise ConfigError(f"unknown setting {key!r} (known: {', '.join(ALL_KEYS)})")
    path = config_path()
    current = _read(path, required=False)
    if value is None:
        current.pop(key, None)
    else:
        parsed: object = value
        if key in LIST_KEYS:
            parsed = [v.strip() for v in value.split(",") if v.strip()]
        elif key == "problem_confidence":
            parsed = float(value)
        elif key == "image_checks" and value not in ("meta", "full"):
            raise ConfigError("image_checks must be meta or full")
        current[key] = parsed
        probe = dict(current)
        try:
            Context.make(**{k: probe.get(k) for k in CONTEXT_KEYS})
        except ContextError as exc:
            raise ConfigError(str(exc)) from None
        if key == "fail_on" and value not in FAIL_ON:
            raise ConfigError(f"fail_on must be one of {', '.join(FAIL_ON)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# postcheck settings (postcheck config set KEY VALUE)", "[check]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in current.items()]
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path
