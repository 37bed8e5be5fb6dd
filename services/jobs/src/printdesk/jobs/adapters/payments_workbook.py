"""The payments workbook for the finance office (openpyxl): typed cells, totals, a sheet per month.

Dates are written as Excel dates in the lab's time zone (Excel has no time zones), money as numbers with a
currency format, grams as numbers; each sheet ends with a totals row.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet


@dataclass(frozen=True)
class PaymentRow:
    short_id: str
    job_id: str
    student_name: str
    student_email: str
    discipline: str | None
    print_method: str | None
    printer: str | None
    grams: Decimal
    price: Decimal
    quote: Decimal | None
    txn_no: str
    picked_up_by: str
    paid_at: datetime
    recorded_by: str


COLUMNS = [  # header, width, number format
    ("Job ID", 10, None), ("Student", 24, None), ("E-mail", 30, None), ("Discipline", 18, None),
    ("Method", 12, None), ("Printer", 20, None), ("Grams", 10, "0.00"), ("Price", 12, None),
    ("Quote", 12, None), ("Difference", 12, None), ("Transaction", 16, None), ("Picked up by", 20, None),
    ("Paid at", 20, "yyyy-mm-dd hh:mm"), ("Recorded by", 18, None), ("Full job ID", 34, None),
]
_MONEY = {7, 8, 9}  # zero-based: Price, Quote, Difference


def _money_format(currency: str) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "$", "AUD": "$"}.get(currency, f"{currency} ")
    return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'


def _fill(sheet: Worksheet, rows: list[PaymentRow], zone: ZoneInfo, money: str) -> None:
    bold = Font(bold=True)
    for index, (header, width, _) in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=index, value=header).font = bold
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    for r, row in enumerate(rows, start=2):
        difference = row.price - row.quote if row.quote is not None else None
        values = [
            row.short_id, row.student_name, row.student_email, row.discipline, row.print_method, row.printer,
            float(row.grams), float(row.price), float(row.quote) if row.quote is not None else None,
            float(difference) if difference is not None else None, row.txn_no, row.picked_up_by,
            row.paid_at.astimezone(zone).replace(tzinfo=None), row.recorded_by, row.job_id,
        ]
        for c, value in enumerate(values):
            cell = sheet.cell(row=r, column=c + 1, value=value)
            if c in _MONEY:
                cell.number_format = money
            elif COLUMNS[c][2]:
                cell.number_format = COLUMNS[c][2]
    total_row = len(rows) + 2
    sheet.cell(row=total_row, column=1, value=f"Total ({len(rows)} payments)").font = bold
    totals = {6: sum((r.grams for r in rows), Decimal(0)), 7: sum((r.price for r in rows), Decimal(0))}
    for c, value in totals.items():
        cell = sheet.cell(row=total_row, column=c + 1, value=float(value))
        cell.font = bold
        cell.number_format = money if c in _MONEY else "0.00"


def payments_workbook(rows: Iterable[PaymentRow], *, time_zone: str, currency: str, title: str) -> bytes:
    """The .xlsx bytes: "All payments" first, then one sheet per month when the payments span several."""
    zone = ZoneInfo(time_zone)
    money = _money_format(currency)
    ordered = sorted(rows, key=lambda r: r.paid_at)
    book = Workbook()
    summary = book.active
    summary.title = "All payments"
    _fill(summary, ordered, zone, money)
    months: dict[str, list[PaymentRow]] = {}
    for row in ordered:
        months.setdefault(row.paid_at.astimezone(zone).strftime("%Y-%m"), []).append(row)
    if len(months) > 1:
        for month, in_month in months.items():
            _fill(book.create_sheet(month), in_month, zone, money)
    book.properties.title = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
