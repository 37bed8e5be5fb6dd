"""How the handler talks to the person at the workstation: message boxes, or the console when there is no screen."""

from __future__ import annotations

import os
import sys
from typing import Protocol


class Ui(Protocol):
    def error(self, title: str, message: str) -> None: ...

    def opened(self, title: str, message: str) -> None:
        """A short note that the slicer is starting (it may take a few seconds to show), gone by itself."""

    def choose(self, title: str, prompt: str, options: list[str]) -> int | None:
        """Index of the chosen option, or None when the person cancels."""


# How long the "opening in …" note stays (the slicer itself takes a few seconds to appear).
NOTE_SECONDS = 3


class ConsoleUi:
    def error(self, title: str, message: str) -> None:
        print(f"{title}: {message}", file=sys.stderr)

    def opened(self, title: str, message: str) -> None:
        print(f"{title}: {message}")

    def choose(self, title: str, prompt: str, options: list[str]) -> int | None:
        if not sys.stdin or not sys.stdin.isatty():
            return 0
        print(f"{title}\n{prompt}")
        for i, option in enumerate(options, 1):
            print(f"  {i}. {option}")
        answer = input("Number (empty to cancel): ").strip()
        return int(answer) - 1 if answer.isdigit() and 0 < int(answer) <= len(options) else None


class TkUi:  # pragma: no cover - needs a screen; the console twin is tested
    def __init__(self) -> None:
        import tkinter
        from tkinter import messagebox

        self._tk = tkinter
        self._messagebox = messagebox
        self._root = tkinter.Tk()
        self._root.withdraw()

    def error(self, title: str, message: str) -> None:
        self._messagebox.showerror(title, message, parent=self._root)

    def opened(self, title: str, message: str) -> None:
        window = self._tk.Toplevel(self._root)
        window.title(title)
        window.resizable(False, False)
        window.attributes("-topmost", True)
        self._tk.Label(window, text=message, padx=16, pady=12).pack()
        window.after(NOTE_SECONDS * 1000, window.destroy)
        window.bind("<Escape>", lambda _e: window.destroy())
        self._root.wait_window(window)

    def choose(self, title: str, prompt: str, options: list[str]) -> int | None:
        tk = self._tk
        window = tk.Toplevel(self._root)
        window.title(title)
        window.resizable(False, False)
        tk.Label(window, text=prompt, padx=12, pady=8).pack(anchor="w")
        listbox = tk.Listbox(window, height=min(len(options), 8), width=48, exportselection=False)
        for option in options:
            listbox.insert("end", option)
        listbox.selection_set(0)
        listbox.pack(padx=12)
        listbox.focus_set()
        chosen: list[int | None] = [None]

        def ok(_event: object = None) -> None:
            selection = listbox.curselection()
            chosen[0] = selection[0] if selection else None
            window.destroy()

        buttons = tk.Frame(window, pady=8)
        tk.Button(buttons, text="Open", width=10, command=ok, default="active").pack(side="left", padx=4)
        tk.Button(buttons, text="Cancel", width=10, command=window.destroy).pack(side="left", padx=4)
        buttons.pack()
        window.bind("<Return>", ok)
        window.bind("<Escape>", lambda _e: window.destroy())
        window.grab_set()
        self._root.wait_window(window)
        return chosen[0]


def default_ui() -> Ui:
    if os.environ.get("PRINTDESK_HANDLER_UI") == "console":
        return ConsoleUi()
    has_screen = sys.platform in ("win32", "darwin") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if has_screen:
        try:
            return TkUi()
        except Exception:  # no Tk, or the display refused us
            pass
    return ConsoleUi()
