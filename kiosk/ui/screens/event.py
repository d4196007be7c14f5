"""The event page: what, when, where, the QR code, capacity, agenda, speakers and sponsors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import Event, Speaker
from kiosk.services.availability import Availability, event_availability
from kiosk.services.catalog import EventDetails
from kiosk.services.images import QrMatrix
from kiosk.ui import text
from kiosk.ui.delegates import (
    AgendaDelegate,
    PixmapCache,
    SpeakerTileDelegate,
    SponsorTileDelegate,
    draw_date_tile,
    usable,
)
from kiosk.ui.i18n import say
from kiosk.ui.models import (
    AgendaModel,
    Role,
    TrackFilter,
    merge_sponsorships,
    speaker_model,
    sponsor_model,
)
from kiosk.ui.presentation import CornerButtons
from kiosk.ui.reach import reach_low
from kiosk.ui.theme import on_unit_changed, px
from kiosk.ui.widgets import (
    ROWS_SETTLE_MS,
    TOUCH_TARGET,
    CapacityBar,
    QrWidget,
    body_label,
    button_text,
    enable_kinetic_scrolling,
    heading,
    primary_button,
    rows_on_screen,
    scale_minimum_height,
    screen_layout,
    scroll_page,
    secondary_button,
)

PAINT_WAIT_MS = 300
"""``EventScreen.after_painted``: the work waits at most this long for the page's paint."""
FIRST_TILES = 24
"""Portraits and logos asked for with the details, before their tab is opened: the first
screenful or so, so that the tab opens with pictures. The others when they come near the
screen (``ROWS_SETTLE_MS`` after scrolling pauses)."""


def _list_view(parent: QWidget, name: str) -> QListView:
    view = QListView(parent)
    view.setObjectName(name)
    view.setSelectionMode(QListView.SelectionMode.NoSelection)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    # A stop of Tab (a tap leaves no focus ring): the arrows go through it, Enter or Space
    # taps the item a tap would (kiosk.ui.focus.KeyActivation).
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    enable_kinetic_scrolling(view)
    return view


def _chip_strip(parent: QWidget, row: QHBoxLayout) -> QScrollArea:
    """A row of chips that scrolls sideways when it is wider than the screen (portrait)."""
    holder = QWidget()
    holder.setObjectName("chipStrip")
    row.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(row)
    strip = QScrollArea(parent)
    strip.setObjectName("chipStrip")
    strip.setWidget(holder)
    strip.setWidgetResizable(True)
    strip.setFrameShape(QScrollArea.Shape.NoFrame)
    strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    strip.setFixedHeight(TOUCH_TARGET + 32)  # room for the QSS padding and border
    QScroller.grabGesture(strip.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return strip


def _grid_view(parent: QWidget, name: str, delegate: QStyledItemDelegate) -> QListView:
    """A wrapping grid of tiles painted by ``delegate``, sized with the screen's unit."""
    view = _list_view(parent, name)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setWrapping(True)
    view.setUniformItemSizes(True)
    delegate.setParent(view)
    view.setItemDelegate(delegate)

    def size() -> None:
        option = QStyleOptionViewItem()
        option.font = view.font()
        view.setGridSize(delegate.sizeHint(option, QModelIndex()))

    on_unit_changed(view, size)
    return view


def _same_sessions(before: EventDetails | None, details: EventDetails) -> bool:
    """The very same session objects: the catalog keeps those a refresh did not change."""
    return before is not None and len(before.sessions) == len(details.sessions) and all(
        a is b for a, b in zip(before.sessions, details.sessions, strict=True)
    )


def _agenda_words(details: EventDetails | None) -> tuple[object, ...]:
    """What decides the height of the agenda's rows (not the counts)."""
    if details is None:
        return ()
    return tuple(
        (s.id, s.name, s.room.name if s.room else None, tuple(p.name for p in s.speakers or ()),
         s.start_time)
        for s in details.sessions
    )


def set_text(label: QLabel, value: str) -> None:
    """Text in its own direction (an Arabic title reads right to left), with break chances
    in long unbroken runs so a wrapping label never widens the page."""
    label.setText(text.breakable(value))
    label.setLayoutDirection(text.direction(value))


def say_text(label: QLabel, value: Callable[[], str]) -> None:
    """``set_text`` for a text that is translated (or built by ``kiosk.ui.text``): set again
    with ``say`` after a language switch. The label's text is then always set this way."""
    say(label.setText, lambda: text.breakable(value()))
    label.setLayoutDirection(text.direction(label.text()))


class HeroScroll(QScrollArea):
    """The event's details, scrolling when they do not fit. It asks for the height its
    content needs at its width, at most ``share`` of the window's height, and never
    insists on it (minimum: nothing), so no size of the window is refused."""

    def __init__(self, parent: QWidget, inner: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)
        enable_kinetic_scrolling(self)
        self.share = 1.0
        inner.installEventFilter(self)

    def fit(self) -> None:
        """The details as tall as their wrapped text needs at the viewport's width (a
        scroll area sizes its widget before its scroll bar takes part of the width)."""
        inner = self.widget()
        if inner is not None and inner.hasHeightForWidth():
            needed = inner.heightForWidth(max(self.viewport().width(), 1))
            if needed > 0 and needed != inner.minimumHeight():
                inner.setMinimumHeight(needed)
                self.updateGeometry()  # the height it asks for follows its true width

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        width = max(self.viewport().width(), 1)
        needed = inner.heightForWidth(width) if inner is not None else 0
        if needed < 0 and inner is not None:
            needed = inner.sizeHint().height()
        cap = int(self.window().height() * self.share)
        return QSize(super().sizeHint().width(), min(needed, cap))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, 0)


class EventPicture(QWidget):
    """The event's picture as a banner (cropped to fill it), or its designed placeholder:
    the date as a calendar leaf on the event's tint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventPicture")
        self.image: QImage | None = None
        self.key = ""
        self.day: date | None = None
        self._pixmaps = PixmapCache(limit=4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_event(self, key: str, day: date | None) -> None:
        if key != self.key:
            self.image = None
        self.key, self.day = key, day
        self.update()

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    @property
    def has_picture(self) -> bool:
        return usable(self.image)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(rect), px(14), px(14))
        painter.setClipPath(clip)
        image = self.image
        if image is not None and usable(image):
            painter.drawPixmap(rect, self._pixmaps.get(image, rect.size(), cover=True))
        else:
            draw_date_tile(painter, QRect(rect), self.key, self.day)
        painter.end()


class EventScreen(QWidget):
    """Signals:
        back(): return to the event list.
        register_requested(): the primary button was tapped.
        speaker_images_wanted(list): speakers whose portraits should be loaded.
        sponsor_logos_wanted(list): sponsorships whose logos should be loaded.
    """

    back = Signal()
    register_requested = Signal()
    speaker_images_wanted = Signal(list)
    sponsor_logos_wanted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventScreen")
        self.details: EventDetails | None = None
        self._waiting: tuple[EventDetails, datetime] | None = None  # counts for when shown
        self._after_paint: list[Callable[[], None]] = []  # after_painted
        self._paint_wait = QTimer(self)  # after_painted's bound when no paint comes
        self._paint_wait.setSingleShot(True)
        self._paint_wait.setInterval(PAINT_WAIT_MS)
        self._paint_wait.timeout.connect(self._run_after_paint)
        self._event: Event | None = None
        self._now: datetime | None = None
        self.details_before: EventDetails | None = None

        self.back_button = secondary_button("", self)
        say(self.back_button.setText, lambda: self.tr("‹ All events"))
        self.back_button.clicked.connect(self.back)
        self.picture = EventPicture(self)
        self.name = heading("", 1)  # the full name, wrapped: never shortened or clipped
        self.when = body_label()
        self.when.setObjectName("emphasis")
        self.venue = body_label()
        self.address = body_label()
        self.address.setObjectName("muted")
        self.capacity_bar = CapacityBar(self)
        self.capacity_text = body_label()
        self.primary = primary_button("", self)
        self.primary.clicked.connect(self.register_requested)
        self.reason = body_label()
        self.reason.setObjectName("reason")
        self.qr = QrWidget(self)
        say(self.qr.setAccessibleName, lambda: self.tr("QR code of this event's web page"))
        say(self.qr.setAccessibleDescription, lambda: self.tr("Scan to open on your phone"))
        self.qr_caption = body_label()
        say(self.qr_caption.setText, lambda: self.tr("Scan to open on your phone"))
        self.qr_caption.setObjectName("muted")
        self.loading = body_label()
        say(self.loading.setText, lambda: self.tr("Loading the agenda…"))
        self.loading.setObjectName("muted")
        # An event whose details cannot be loaded: a clear message and a big way back.
        self.unavailable = body_label()
        self.unavailable.setObjectName("reason")
        self.unavailable.hide()
        self.unavailable_back = primary_button("", self)
        say(self.unavailable_back.setText, lambda: self.tr("Back to all events"))
        self.unavailable_back.clicked.connect(self.back)
        self.unavailable_back.hide()

        info = QVBoxLayout()
        info.setSpacing(10)
        info.setContentsMargins(0, 0, 0, 0)
        info.addWidget(self.picture)
        for widget in (self.name, self.when, self.venue, self.address):
            info.addWidget(widget)
        info.addSpacing(8)
        info.addWidget(self.capacity_bar)
        info.addWidget(self.capacity_text)
        info.addStretch(1)
        # Portrait: the QR code beside the details, caption under it. Landscape: in a row
        # of its own above the Register button, caption beside it, so that a short screen
        # never cuts the code off at the bottom of the scrolling details.
        self.qr_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.qr_box.setContentsMargins(0, 0, 0, 0)
        self.qr_box.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr_box.addWidget(self.qr_caption, 1)
        self.hero_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.hero_layout.setContentsMargins(0, 0, px(8), 0)
        self.hero_layout.addLayout(info, 0)
        self.hero_layout.addStretch(1)
        hero = QWidget()
        hero.setObjectName("hero")
        hero.setLayout(self.hero_layout)
        self.hero = hero
        # The hero scrolls when a long name or a short screen leaves too little room: its
        # parts stack, they never overlap.
        self.hero_scroll = HeroScroll(self, hero)
        self.hero_scroll.setObjectName("heroScroll")

        # Tabs: agenda, speakers, sponsors, about.
        self.tab_group = QButtonGroup(self)
        self.tab_buttons: dict[str, QPushButton] = {}
        # The tabs wrap onto a second row rather than hide one past the edge.
        self.tab_strip = QWidget(self)
        self.tab_strip.setObjectName("tabStrip")
        # Its width follows the column (the tabs reflow), never the other way round.
        self.tab_strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tab_grid = QGridLayout(self.tab_strip)
        self.tab_grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        # Reflow when the strip's own width is known, and when the tabs' sizes change
        # (the style sheet is rendered again at a new scale).
        self.tab_strip.installEventFilter(self)
        self.tab_grid.setContentsMargins(0, px(4), 0, px(4))
        self._tab_columns = 0
        self.pages = QStackedWidget(self)
        self.agenda_page = self._build_agenda()
        self.speakers_page = self._build_speakers()
        self.sponsors_page = self._build_sponsors()
        self.about_page = self._build_about()
        tabs: tuple[tuple[str, Callable[[], str], QWidget], ...] = (
            ("agenda", lambda: self.tr("Agenda"), self.agenda_page),
            ("speakers", lambda: self.tr("Speakers"), self.speakers_page),
            ("sponsors", lambda: self.tr("Sponsors"), self.sponsors_page),
            ("about", lambda: self.tr("About"), self.about_page),
        )
        # The speakers' and sponsors' pictures near the screen, once scrolling pauses.
        self._images_timer = QTimer(self)
        self._images_timer.setSingleShot(True)
        self._images_timer.setInterval(ROWS_SETTLE_MS)
        self._images_timer.timeout.connect(self._want_images)
        for view in (self.speaker_view, self.sponsor_view):
            view.verticalScrollBar().valueChanged.connect(self._schedule_images)
        self.pages.currentChanged.connect(self._schedule_images)
        self.speaker_stack.currentChanged.connect(self._schedule_images)
        for key, label, page in tabs:
            button = QPushButton(self)
            say(button.setText, label)
            button.setObjectName("tab")
            button.setCheckable(True)
            scale_minimum_height(button, TOUCH_TARGET)
            button.clicked.connect(lambda _=False, p=page: self.pages.setCurrentWidget(p))
            self.tab_group.addButton(button)
            self.tab_buttons[key] = button
            self.pages.addWidget(page)
        # What a page needs at the present scale must not stop the window from getting
        # smaller (the scale follows the window): explicit minimums of one pixel.
        self.pages.setMinimumSize(1, 1)
        for button in (self.primary, self.unavailable_back):
            button.setMinimumWidth(1)
        content = QVBoxLayout()
        content.addWidget(self.tab_strip)
        content.addWidget(self.loading)
        content.addWidget(self.pages, 1)

        self.body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        # The action stays put under the details: whatever scrolls, the Register button
        # (or the one sentence why not, or the way back) is always in view.
        self.hero_column = QVBoxLayout()
        self.hero_column.setContentsMargins(0, 0, 0, 0)
        self.hero_column.addWidget(self.hero_scroll, 1)
        actions = QVBoxLayout()
        actions.setContentsMargins(0, px(8), px(8), 0)
        for part in (self.primary, self.reason, self.unavailable, self.unavailable_back):
            actions.addWidget(part)
        self.hero_column.addLayout(actions, 0)
        self._portrait: bool | None = None
        self._place_qr(portrait=False)
        self.body_layout.addLayout(self.hero_column, 2)
        self.body_layout.addLayout(content, 3)
        self.corner = CornerButtons(self)  # the language and text size / contrast buttons
        self.language_button = self.corner.language
        layout = screen_layout(self, self.back_button, corner=self.corner)
        layout.addLayout(self.body_layout, 1)
        on_unit_changed(self, self._size_parts)
        # Assistive technology reads a screen's children in their order (raise_ moves one
        # to the end): the event and its agenda first, then what to do about it.
        for part in (self.qr, self.qr_caption, self.primary, self.reason, self.unavailable,
                     self.unavailable_back):
            part.raise_()

    def _place_qr(self, portrait: bool) -> None:
        """Portrait: details beside the QR code; landscape: the code above the button."""
        if portrait == self._portrait:
            return
        if self._portrait is not None:
            (self.hero_layout if self._portrait else self.hero_column).removeItem(self.qr_box)
            self.qr_box.setParent(None)  # free to join the other layout
        self._portrait = portrait
        self.hero_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if portrait else QBoxLayout.Direction.TopToBottom
        )
        self.qr_box.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.qr_box.setSpacing(px(16))
        self.qr_box.setContentsMargins(0, 0 if portrait else px(8), 0, 0)
        self.qr_caption.setAlignment(
            Qt.AlignmentFlag.AlignCenter if portrait
            else Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        if portrait:
            self.hero_layout.insertLayout(1, self.qr_box, 0)
            self.hero_layout.setStretch(0, 1)
            self.hero_layout.setStretch(2, 0)
        else:
            self.hero_column.insertLayout(1, self.qr_box, 0)
            self.hero_layout.setStretch(0, 0)
            self.hero_layout.setStretch(1, 1)

    def _size_parts(self) -> None:
        self.agenda_delegate.forget()
        self.agenda_view.doItemsLayout()
        self.picture.setFixedHeight(px(150))
        self.tab_grid.setHorizontalSpacing(px(8))
        self.tab_grid.setVerticalSpacing(px(8))
        self._tab_columns = 0
        self._reflow_tabs()
        self.track_strip.setFixedHeight(px(56) + px(32))

    # ------------------------------------------------------------------ pages

    def _build_agenda(self) -> QWidget:
        page = QWidget(self)
        self.agenda_model = AgendaModel(self)
        self.agenda_filter = TrackFilter(self)
        self.agenda_filter.setSourceModel(self.agenda_model)
        self.track_row = QHBoxLayout()
        self.track_group = QButtonGroup(self)
        # Track chip -> the ids of its sessions (None: all tracks), in display order.
        self._track_ids: dict[QAbstractButton, frozenset[str] | None] = {}
        self.agenda_view = _list_view(page, "agenda")
        self.agenda_view.setModel(self.agenda_filter)
        self.agenda_delegate = AgendaDelegate(self.agenda_view)
        self.agenda_view.setItemDelegate(self.agenda_delegate)
        # Laid out in one pass (QListView's default): the delegate's size hints cost a
        # look-up or a count of words' widths, so 2,000 sessions take tens of ms, and the
        # rows are in place (painted, under a tap) with the page's first paint. (Batched
        # layout showed no row at all until its last batch: seconds at that size.)
        for signal in (
            self.agenda_filter.rowsInserted, self.agenda_filter.rowsRemoved,
            self.agenda_filter.layoutChanged, self.agenda_filter.modelReset,
        ):
            signal.connect(self.agenda_delegate.forget)
        # Rows are as tall as their wrapped titles: measure again when the width changes.
        self.agenda_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.agenda_empty = body_label()
        say(self.agenda_empty.setText, lambda: self.tr("The agenda has not been published yet."))
        self.agenda_empty.setObjectName("muted")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.track_row.addStretch(1)
        # Shown only when the event has tracks: no empty band above a plain agenda.
        self.track_strip = _chip_strip(page, self.track_row)
        self.track_strip.hide()
        layout.addWidget(self.track_strip)
        layout.addWidget(self.agenda_empty)
        layout.addWidget(self.agenda_view, 1)
        return page

    def _build_speakers(self) -> QWidget:
        page = QStackedWidget(self)
        self.speaker_model = speaker_model(self)
        self.speaker_view = _grid_view(page, "speakers", SpeakerTileDelegate())
        self.speaker_view.setModel(self.speaker_model)
        self.speaker_view.clicked.connect(self._on_speaker_view_clicked)
        detail = QWidget(page)
        self.speaker_back = secondary_button("", detail)
        say(self.speaker_back.setText, lambda: self.tr("‹ All speakers"))
        self.speaker_back.clicked.connect(lambda: page.setCurrentIndex(0))
        self.speaker_name = heading("", 2)
        self.speaker_title = body_label()
        self.speaker_title.setObjectName("muted")
        self.speaker_bio = body_label()
        self.speaker_sessions = body_label()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for widget in (self.speaker_name, self.speaker_title, self.speaker_bio):
            inner_layout.addWidget(widget)
        sessions_heading = heading("", 3)
        say(sessions_heading.setText, lambda: self.tr("Sessions"))
        inner_layout.addWidget(sessions_heading)
        inner_layout.addWidget(self.speaker_sessions)
        inner_layout.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.speaker_back, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(scroll_page(detail, inner), 1)
        page.addWidget(self.speaker_view)
        page.addWidget(detail)
        self.speaker_stack = page
        return page

    def _build_sponsors(self) -> QWidget:
        self.sponsor_model = sponsor_model(self)
        self.sponsor_view = _grid_view(self, "sponsors", SponsorTileDelegate())
        self.sponsor_view.setModel(self.sponsor_model)
        return self.sponsor_view

    def _build_about(self) -> QWidget:
        self.full_name = heading("", 2)
        self.description = body_label()
        self.facilities = body_label()
        self.facilities.setObjectName("muted")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.full_name)
        layout.addWidget(self.description)
        layout.addWidget(self.facilities)
        layout.addStretch(1)
        return scroll_page(self, inner)

    # ------------------------------------------------------------------ data

    def show_event(self, event: Event, now: datetime | None = None) -> None:
        """Paint at once with what the list already knows; details follow. No button
        until they do: nothing that looks tappable and does nothing."""
        self._event = event
        self.details = None
        self._waiting = None
        self._now = now
        self._show_texts(event)
        description = event.description or ""
        say_text(self.description, lambda: description)
        self.qr.set_matrix(())
        say(self.loading.setText, lambda: self.tr("Loading the agenda…"))
        self.loading.show()
        self.unavailable.hide()
        self.unavailable_back.hide()
        self.primary.setEnabled(False)
        self.primary.hide()
        self.reason.hide()
        # Until the details come, nothing is claimed about seats, speakers or sponsors.
        self.capacity_bar.hide()
        self.agenda_empty.hide()
        self.track_strip.hide()
        self.tab_buttons["speakers"].hide()
        self.tab_buttons["sponsors"].hide()
        self.capacity_bar.set_fill(None, None)
        say(self.capacity_text.setText, str)
        self.agenda_model.replace([])
        # The speakers and sponsors stay until the details replace them (their tabs are
        # hidden until then): this event's pictures, opened again, are not asked again.
        self.speaker_stack.setCurrentIndex(0)
        self.tab_buttons["agenda"].setChecked(True)
        self.pages.setCurrentWidget(self.agenda_page)

    def set_qr(self, matrix: QrMatrix) -> None:
        self.qr.set_matrix(matrix)
        self.qr.setVisible(bool(matrix))
        self.qr_caption.setVisible(bool(matrix))

    def show_details(self, details: EventDetails, now: datetime) -> None:
        first = self.details is None or self.details.readable_id != details.readable_id
        if not first and not self.isVisible():
            # Fresh counts while the register form covers the page: kept for when the
            # page shows again, so a refresh pays for the screen on show only.
            self._waiting = (details, now)
            return
        self._waiting = None
        self.details = details
        self._event = details.event
        self._now = now
        event = details.event
        self.loading.hide()
        self.unavailable.hide()
        self.unavailable_back.hide()
        self._show_texts(event)
        description = event.description
        say_text(self.description, lambda: description or self.tr("No description."))
        say(self.facilities.setText, lambda: self._facilities(details))
        before = self.details_before
        if first or (not _same_sessions(before, details)
                     and _agenda_words(before) != _agenda_words(details)):
            self.agenda_delegate.forget()  # a title or a room changed: measure again
        self.details_before = details
        # A counts refresh relabels the sessions that changed (by id), nothing else.
        rows_changed = self.agenda_model.set_details(details)
        self.agenda_empty.setVisible(not details.sessions)
        if first:
            self._build_track_buttons(details)
            self.speaker_model.replace(details.speakers)
            self.sponsor_model.replace(merge_sponsorships(details.sponsorships))
            self._want_images(first=True)
            self.tab_buttons["speakers"].setVisible(bool(details.speakers))
            self.tab_buttons["sponsors"].setVisible(bool(details.sponsorships))
            self._tab_columns = 0
            self._reflow_tabs()
        elif rows_changed:
            self._reapply_track()
        self.update_availability(now)

    def _show_texts(self, event: Event) -> None:
        set_text(self.name, event.event_name)
        set_text(self.full_name, event.event_name)
        say(self.when.setText, lambda: text.event_when(event, self._now))
        say_text(self.venue, lambda: text.event_venue(event))
        set_text(self.address, event.building.address if event.building else "")
        self.address.setVisible(bool(self.address.text()))
        self.picture.set_event(
            event.readable_event_id, event.start_date.date() if event.start_date else None
        )

    def set_picture(self, readable_id: str, image: QImage | None) -> None:
        """The event's decoded picture, if it is the open event's."""
        if self._event is not None and self._event.readable_event_id == readable_id:
            self.picture.set_image(image)

    def show_unavailable(self) -> None:
        """The details cannot be loaded (nothing cached, no answer): say so, and offer the
        way back as the big button. What the list knew stays on screen."""
        if self.details is not None:
            return
        self.loading.hide()
        self.primary.hide()
        self.reason.hide()
        say(self.unavailable.setText, lambda: self.tr(
            "The agenda and registration for this event cannot be loaded right now. "
            "Please try again in a few minutes, or ask a staff member."
        ))
        self.unavailable.show()
        self.unavailable_back.show()

    def after_painted(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the page has painted (at most ``PAINT_WAIT_MS`` later when it
        does not paint: hidden). For what would otherwise share the interpreter with the
        first layout and paint of a long agenda: a refresh's requests and parsing, the
        portraits, on the workers (BENCHMARKS.md, "Tap to agenda, again")."""
        self._after_paint.append(work)
        if not self._paint_wait.isActive():
            self._paint_wait.start()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._after_paint:
            # Once this paint is done: the agenda and the rest of the page paint in it.
            QTimer.singleShot(0, self._run_after_paint)

    def stop(self) -> None:
        """The kiosk is stopping: no more pictures asked for, no work left for a paint."""
        self._images_timer.stop()
        self._paint_wait.stop()
        self._after_paint.clear()

    @Slot()
    def _schedule_images(self) -> None:
        # (Not the timer's start() itself: the signals' int would become its interval.)
        self._images_timer.start()

    @Slot()
    def _want_images(self, first: bool = False) -> None:
        """Ask for the pictures of the speakers and sponsors on screen and of the next
        screenful that the models lack; ``first`` (new details): the first
        ``FIRST_TILES`` of a tab that is not open."""
        grids = ((self.speaker_view, self.speaker_model, self.speaker_images_wanted),
                 (self.sponsor_view, self.sponsor_model, self.sponsor_logos_wanted))
        for view, model, wanted in grids:
            rows = rows_on_screen(view, screens=2)
            if rows is None:
                if not first:
                    continue
                rows = range(min(FIRST_TILES, model.rowCount()))
            items = [model.item(row) for row in rows]
            model.keep_near(item.id for item in items)
            missing = [item for item in items if not model.has_image(item.id)]
            if missing:
                wanted.emit(missing)

    @Slot()
    def _run_after_paint(self) -> None:
        self._paint_wait.stop()
        work, self._after_paint = self._after_paint, []
        for item in work:
            item()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.show_details(*waiting)
        super().showEvent(event)

    def update_availability(self, now: datetime) -> None:
        """Seats, the button and why it is missing: each state said once. A registration
        that is possible gets the button; one that is not gets one sentence saying why."""
        details = self.details
        if details is None:
            return
        self._now = now
        event = details.event
        say(self.when.setText, lambda: text.event_when(event, now))
        state = event_availability(event, details.registration_count, now, paid=details.paid)
        availability = state.availability
        count = details.registration_count
        if event.is_capacity_restricted and count is not None:
            self.capacity_bar.show()
            self.capacity_bar.set_fill(count, event.max_capacity)
            seats_left = state.seats_left if availability is Availability.OPEN else None
            taken, capacity = min(count, event.max_capacity), event.max_capacity

            def capacity_text() -> str:
                if seats_left is None:
                    said = self.tr("%1 of %2 seats taken")
                else:
                    said = self.tr("%1 of %2 seats taken · %Ln seat(s) left", None, seats_left)
                return said.replace("%1", QLocale().toString(taken)).replace(
                    "%2", QLocale().toString(capacity))

            say(self.capacity_text.setText, capacity_text)
            say(self.capacity_bar.setAccessibleDescription, capacity_text)
            self.capacity_text.show()
        else:
            self.capacity_bar.hide()
            self.capacity_text.setVisible(availability is Availability.OPEN)
            say(self.capacity_text.setText, lambda: text.availability_text(state))
        if availability is Availability.OPEN:
            say(self.primary.setText, lambda: self.tr("Register"))
        elif availability is Availability.WAITLIST:
            say(self.primary.setText, lambda: self.tr("Join the waitlist"))
        self.primary.setEnabled(availability.can_register)
        self.primary.setVisible(availability.can_register)
        # "24 of 24 seats taken" and "Join the waitlist" say it all for a waitlist.
        website_message = event.website_message
        say_text(self.reason, lambda: text.refusal_text(availability, website_message))
        self.reason.setVisible(bool(self.reason.text()))

    def _facilities(self, details: EventDetails) -> str:
        building = details.event.building
        if building is None:
            return ""
        lines = []
        if building.wifi_available:
            if building.wifi_ssid:
                lines.append(self.tr("Wi-Fi available: %1").replace("%1", building.wifi_ssid))
            else:
                lines.append(self.tr("Wi-Fi available"))
        if building.disabled_access:
            lines.append(self.tr("Step-free access"))
        if building.accessible_toilets:
            lines.append(self.tr("Accessible toilets"))
        if building.disabled_parking:
            lines.append(self.tr("Accessible parking"))
        return "\n".join(lines)

    @property
    def track_buttons(self) -> list[QAbstractButton]:
        return list(self._track_ids)

    def _reveal_neighbours(self, chip: QAbstractButton) -> None:
        """A tap on a chip scrolls the strip so the chips beside it show: a strip wider
        than the screen is gone through by taps, no swipe needed (Tab scrolls it too)."""
        chips = self.track_buttons
        if chip not in chips:
            return
        at = chips.index(chip)
        for shown in (chips[min(at + 1, len(chips) - 1)], chips[max(at - 1, 0)], chip):
            self.track_strip.ensureWidgetVisible(shown, px(16), 0)

    def _build_track_buttons(self, details: EventDetails) -> None:
        for button in self.track_buttons:
            self.track_group.removeButton(button)
            self.track_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._track_ids = {}
        if not details.tracks or not details.track_sessions:
            self.track_strip.hide()
            self.agenda_filter.set_track(None)
            return
        self.track_strip.show()
        entries: list[tuple[str | None, frozenset[str] | None]] = [(None, None)]
        entries += [(t.name, details.track_sessions.get(t.id, frozenset())) for t in details.tracks]
        for label, ids in entries:
            button = QPushButton(self)
            if label is None:  # "All tracks": the one chip whose words are translated
                say(button.setText, lambda: button_text(self.tr("All tracks")))
            else:
                button.setText(button_text(label))
            button.setObjectName("chip")
            button.setCheckable(True)
            scale_minimum_height(button, TOUCH_TARGET)
            button.clicked.connect(lambda _=False, i=ids: self.agenda_filter.set_track(i))
            button.clicked.connect(lambda _=False, b=button: self._reveal_neighbours(b))
            self.track_group.addButton(button)
            self.track_row.insertWidget(self.track_row.count() - 1, button)
            self._track_ids[button] = ids
        self.track_buttons[0].setChecked(True)
        self.agenda_filter.set_track(None)

    def _reapply_track(self) -> None:
        checked = self.track_group.checkedButton()
        ids = self._track_ids.get(checked) if checked else None
        self.agenda_filter.set_track(ids)

    @Slot(QModelIndex)
    def _on_speaker_view_clicked(self, index: QModelIndex) -> None:
        speaker = index.data(Role.ITEM)
        if isinstance(speaker, Speaker):
            self.show_speaker(speaker)

    def show_speaker(self, speaker: Speaker) -> None:
        set_text(self.speaker_name, speaker.name or "")
        set_text(self.speaker_title, speaker.title or "")
        set_text(self.speaker_bio, speaker.about or "")
        own = [
            session for session in (self.details.sessions if self.details is not None else ())
            if any(s.id == speaker.id for s in session.speakers or ())
        ]

        def sessions() -> str:
            lines = []
            for session in own:
                day = text.short_day(session.start_time.date()) if session.start_time else ""
                lines.append(f"{day} {text.session_when(session)}  {session.name}".strip())
            return "\n".join(lines) or self.tr("No sessions listed.")

        say(self.speaker_sessions.setText, sessions)
        self.speaker_stack.setCurrentIndex(1)

    def _reflow_tabs(self) -> None:
        """As many tabs a row as fit beside each other in the content column."""
        shown = [b for b in self.tab_buttons.values() if not b.isHidden()]
        available = self.tab_strip.width()
        spacing = self.tab_grid.horizontalSpacing()
        widths = [b.sizeHint().width() for b in shown]
        columns = max(len(shown), 1)
        while columns > 1:
            rows = [widths[i : i + columns] for i in range(0, len(widths), columns)]
            if all(sum(r) + spacing * len(r) <= available for r in rows):
                break
            columns -= 1
        if columns == self._tab_columns:
            return
        self._tab_columns = columns
        for button in self.tab_buttons.values():
            self.tab_grid.removeWidget(button)
        for column in range(len(self.tab_buttons) + 1):
            self.tab_grid.setColumnStretch(column, 0)
        for position, button in enumerate(shown):
            self.tab_grid.addWidget(button, position // columns, position % columns)
        self.tab_grid.setColumnStretch(columns, 1)
        # The grid sets no minimum on its strip (its width follows the column): the height
        # of the rows is given here, so two rows are never squeezed into one's room.
        row_count = -(-len(shown) // columns)
        height = max((b.sizeHint().height() for b in shown), default=0)
        margins = self.tab_grid.contentsMargins()
        self.tab_strip.setMinimumHeight(
            row_count * height + (row_count - 1) * self.tab_grid.verticalSpacing()
            + margins.top() + margins.bottom()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tab_strip and event.type() in (
            QEvent.Type.Resize, QEvent.Type.LayoutRequest
        ):
            self._reflow_tabs()
        return False

    def retranslate(self) -> None:
        """After a language switch: the agenda's seat chips have new words, whose width
        decides how the titles wrap, so its rows are measured again; the tabs reflow."""
        self.agenda_delegate.retranslate()
        self.agenda_view.doItemsLayout()
        self._tab_columns = 0
        self._reflow_tabs()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._schedule_images()  # more or fewer tiles on screen
        portrait = self.height() > self.width()
        # Reach (kiosk.ui.reach): on a portrait kiosk the details and the Register button
        # go under the agenda, at the bottom of the screen.
        low = portrait and reach_low(self)
        self.body_layout.setDirection(
            QBoxLayout.Direction.BottomToTop if low
            else QBoxLayout.Direction.TopToBottom if portrait
            else QBoxLayout.Direction.LeftToRight
        )
        # Portrait: the hero takes what it needs and the agenda the rest of the height.
        # Landscape: two fifths for the hero, a third on a narrow screen (the tabs fit).
        narrow = self.width() < px(1200)
        self.body_layout.setStretch(0, 0 if portrait else 1 if narrow else 2)
        self.body_layout.setStretch(1, 1 if portrait else 2 if narrow else 3)
        self._place_qr(portrait)
        side = (min(self.width() // 4, px(240)) if portrait
                else min(self.width() // 6, self.height() // 5, px(280)))
        self.qr.setFixedSize(side, side)
        # Portrait: the hero takes what it needs, at most 40% of the height (it scrolls).
        self.hero_scroll.share = 0.4 if portrait else 1.0
        self.hero_scroll.updateGeometry()
