"""The events list keeps painted cards only while it is on screen, and one per event: an
hour of "Starts in N min" ticks no longer piles up cards (BENCHMARKS.md, "Memory, fourth
pass")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QStackedWidget, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from kiosk.ui.delegates import CARDS_KEPT, EventCardDelegate
from kiosk.ui.models import Role
from kiosk.ui.screens.events import EventsScreen


def _model(count: int) -> QStandardItemModel:
    model = QStandardItemModel()
    for n in range(count):
        item = QStandardItem(f"Event {n}")
        item.setData(f"Event_{n}", Role.KEY)
        item.setData("5 places left", Role.AVAILABILITY)
        item.setData("ok", Role.LEVEL)
        model.appendRow(item)
    return model


def _paint(delegate: EventCardDelegate, model: QStandardItemModel, row: int) -> None:
    target = QPixmap(600, 240)
    painter = QPainter(target)
    option = QStyleOptionViewItem()
    option.rect = target.rect()
    delegate.paint(painter, option, model.index(row, 0))
    painter.end()


def test_a_changed_card_replaces_its_old_picture(qtbot: QtBot) -> None:
    delegate = EventCardDelegate(QSize(600, 240))
    model = _model(3)
    for row in range(3):
        _paint(delegate, model, row)
    assert len(delegate._cards) == 3
    model.item(1).setData("2 places left", Role.AVAILABILITY)  # a refresh changed one card
    _paint(delegate, model, 1)
    assert len(delegate._cards) == 3  # before: 4, and so on up to the limit


def test_the_cards_kept_are_bounded(qtbot: QtBot) -> None:
    delegate = EventCardDelegate(QSize(600, 240))
    model = _model(CARDS_KEPT + 5)
    for row in range(CARDS_KEPT + 5):
        _paint(delegate, model, row)
    assert len(delegate._cards) == CARDS_KEPT


def test_a_hidden_list_keeps_no_painted_cards(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    screen = EventsScreen()
    other = QLabel("the register form")
    stack.addWidget(screen)
    stack.addWidget(other)
    stack.resize(1280, 800)
    stack.show()
    _paint(screen.delegate, _model(1), 0)
    assert screen.delegate._cards
    stack.setCurrentWidget(other)  # the attendee went on: the list is off screen
    assert not screen.delegate._cards
    assert not screen.delegate._tiles
    stack.setCurrentWidget(screen)
    qtbot.waitExposed(screen)
