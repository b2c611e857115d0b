"""The ledger as a table model: pages of 200 fetched on demand, sorted and filtered in SQL.

A QSortFilterProxyModel would only see the rows fetched so far, so sorting resets the model with a new
LedgerSort and paging starts again from the first page.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort, LedgerSortKey
from mediation_app.gui.models.ledger_columns import Today, case_id, ledger_columns
from mediation_app.gui.models.row_table_model import IdRole, RowRole, RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext

CaseIdRole = IdRole  # int: the case's id
LedgerRowRole = RowRole  # LedgerRow: the whole row value
PAGE_SIZE = ledger.PAGE_SIZE


class LedgerTableModel(RowTableModel[LedgerRow]):
    total_changed = Signal(int)  # how many cases match the filter
    load_failed = Signal(object)  # the exception of a failed page or count
    page_loaded = Signal()  # a page of the current query is in (the view puts its selection back)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        *,
        today: Today = date.today,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(ledger_columns(today), case_id, (), parent)
        self._ctx, self._runner, self._page_size = ctx, runner, page_size
        self._filter = LedgerFilter()
        self._sort = LedgerSort()
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self.total: int | None = None

    @property
    def ledger_filter(self) -> LedgerFilter:
        return self._filter

    @property
    def ledger_sort(self) -> LedgerSort:
        return self._sort

    @property
    def loading(self) -> bool:
        return self._loading

    def sort_column(self) -> int:
        return next(i for i, column in enumerate(self.columns) if column.sort_key == self._sort.key)

    def set_query(self, flt: LedgerFilter | None = None, sort: LedgerSort | None = None) -> None:
        """Start again from the first page with a new filter and/or sort."""
        self._filter = flt if flt is not None else self._filter
        self._sort = sort if sort is not None else self._sort
        self.reload()

    def reload(self, *, keep: int = 0) -> None:
        """Start again from the top; ``keep`` rows come back in one page (a reload in place, after a change made
        elsewhere, shows as much as was loaded so the selected row and the scroll position can stay)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._loading = True  # the first page is asked for below: the view must not ask for one meanwhile
        self._exhausted = False
        self.endResetModel()
        self._runner.run(
            ledger.count_cases,
            self._ctx,
            self._filter,
            on_done=partial(self._counted, self._generation),
            on_error=self.load_failed.emit,
        )
        self._fetch(max(self._page_size, keep))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Columns without a SQL sort key are not sortable; the request is ignored."""
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if not isinstance(key, LedgerSortKey):
            return
        wanted = LedgerSort(key, descending=order == Qt.SortOrder.DescendingOrder)
        if self._generation == 0:
            self._sort = wanted  # nothing loaded yet: the first reload() uses it
        elif wanted != self._sort:
            self.set_query(sort=wanted)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._loading and self._generation > 0

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch(self._page_size)

    def _fetch(self, limit: int) -> None:
        self._loading = True
        after = self._rows[-1].cursor if self._rows else None
        self._runner.run(
            ledger.ledger_page,
            self._ctx,
            self._filter,
            self._sort,
            after,
            limit,
            on_done=partial(self._page_arrived, self._generation, limit),
            on_error=partial(self._page_failed, self._generation),
        )

    def _page_arrived(self, generation: int, limit: int, rows: list[LedgerRow]) -> None:
        if generation != self._generation:
            return  # a page of a query the user has since replaced
        self._loading = False
        self._exhausted = len(rows) < limit
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.load_failed.emit(error)

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_changed.emit(total)

    def fetch_all(self) -> None:
        """Load every remaining page (synchronous runners only; used by exports and tests)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
