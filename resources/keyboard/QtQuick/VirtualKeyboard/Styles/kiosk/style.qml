// The kiosk's on-screen keyboard: light, in the app's colours (resources/theme.qss).
//
// This file draws the keys itself. What an attendee sees only now and then (the bubble
// over a pressed key, the accents list of a held key, word suggestions, pop-ups) comes
// from Qt's built-in default style, created once below with the app's colours set on
// its colour properties, so that it matches without being copied here.
// Chosen with QT_VIRTUALKEYBOARD_STYLE=kiosk (kiosk/ui/keyboard.py).

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles

KeyboardStyle {
    id: kiosk

    // The app's palette (resources/theme.qss).
    readonly property color backgroundColour: "#f5f6f9"
    readonly property color keyColour: "#ffffff"
    readonly property color functionKeyColour: "#e4e7ee"
    readonly property color pressedColour: "#dbe4fb"
    readonly property color borderColour: "#b6bcc8"
    readonly property color textColour: "#1c2230"
    readonly property color mutedTextColour: "#4a5264"
    readonly property color accentColour: "#1d4ed8"
    readonly property color accentPressedColour: "#173ea8"
    readonly property string fontFamily: "DejaVu Sans"
    readonly property string images: Qt.resolvedUrl("images/")

    readonly property real keyGap: Math.round(7 * scaleHint)
    readonly property real keyRadius: Math.round(12 * scaleHint)
    readonly property real letterSize: Math.round(64 * scaleHint)
    readonly property real labelSize: Math.round(44 * scaleHint)
    readonly property real iconSize: Math.round(84 * scaleHint)

    // Qt's default style in the app's colours, for the rarely seen parts.
    readonly property var base: {
        const made = Qt.createComponent(
            "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Styles/Builtin/default/style.qml")
        if (made.status !== Component.Ready)
            return null
        return made.createObject(kiosk, {
            primaryColor: backgroundColour,
            primaryLightColor: pressedColour,
            primaryDarkColor: keyColour,
            textOnPrimaryColor: textColour,
            secondaryColor: accentColour,
            secondaryLightColor: "#4f7be6",
            secondaryDarkColor: accentPressedColour,
            textOnSecondaryColor: "#ffffff",
            navigationHighlightColor: accentColour,
        })
    }
    property Binding baseHeight: Binding {
        target: kiosk.base
        property: "keyboardHeight"
        value: kiosk.keyboardHeight
        when: kiosk.base !== null
    }

    // Wider than tall enough: about 45% of a 1280x800 landscape screen.
    keyboardDesignWidth: 2560
    keyboardDesignHeight: 720
    keyboardRelativeLeftMargin: 12 / keyboardDesignWidth
    keyboardRelativeRightMargin: 12 / keyboardDesignWidth
    keyboardRelativeTopMargin: 14 / keyboardDesignHeight
    keyboardRelativeBottomMargin: 10 / keyboardDesignHeight

    keyboardBackground: Rectangle {
        color: backgroundColour
        Rectangle {  // a line between the app and the keyboard
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Math.max(1, Math.round(2 * scaleHint))
            color: borderColour
        }
    }

    component KeyFace: Rectangle {
        property bool functionKey: false
        property bool accent: false
        property bool pressed: false
        anchors.fill: parent
        anchors.margins: keyGap
        radius: keyRadius
        color: accent ? (pressed ? accentPressedColour : accentColour)
                      : (pressed ? pressedColour : (functionKey ? functionKeyColour : keyColour))
        border.width: accent ? 0 : Math.max(1, Math.round(2 * scaleHint))
        border.color: pressed ? accentColour : borderColour
    }

    component KeyLabel: Text {
        anchors.centerIn: parent
        color: textColour
        font.family: fontFamily
        font.pixelSize: labelSize
        font.weight: Font.DemiBold
    }

    component KeyIcon: Image {
        anchors.centerIn: parent
        sourceSize.width: iconSize
        sourceSize.height: iconSize
        width: iconSize
        height: iconSize
        fillMode: Image.PreserveAspectFit
    }

    keyPanel: KeyPanel {
        id: panel
        // An e-mail address has no use for a comma: in an e-mail field the comma key
        // beside the space bar types "@", so that "@" and "." are both on the letters.
        readonly property bool commaKey: control !== null && control.key === Qt.Key_Comma
        readonly property bool emailField:
            (InputContext.inputMethodHints & Qt.ImhEmailCharactersOnly) !== 0
        Binding {
            target: panel.control
            when: panel.commaKey && panel.emailField
            property: "text"
            value: "@"
            restoreMode: Binding.RestoreBindingOrValue
        }
        KeyFace {
            id: face
            pressed: control.pressed
            opacity: control.enabled ? 1 : 0.4
            Text {
                text: control.smallText
                visible: control.smallTextVisible
                color: mutedTextColour
                anchors { right: parent.right; top: parent.top; margins: Math.round(14 * scaleHint) }
                font.family: fontFamily
                font.pixelSize: Math.round(34 * scaleHint)
            }
            Text {
                text: control.displayText
                anchors.centerIn: parent
                color: textColour
                font.family: fontFamily
                font.pixelSize: control.displayText.length > 1 ? labelSize : letterSize
                font.capitalization: control.uppercased ? Font.AllUppercase : Font.MixedCase
            }
        }
    }

    backspaceKeyPanel: KeyPanel {
        KeyFace {
            functionKey: true
            pressed: control.pressed
            KeyIcon { source: images + "backspace-1c2230.svg" }
        }
    }

    languageKeyPanel: KeyPanel {
        KeyFace {
            functionKey: true
            pressed: control.pressed
            opacity: control.enabled ? 1 : 0.4
            KeyIcon { source: images + "globe-1c2230.svg" }
        }
    }

    enterKeyPanel: KeyPanel {
        KeyFace {
            accent: true
            pressed: control.pressed
            KeyIcon {
                visible: control.displayText.length === 0
                source: images + "enter-ffffff.svg"
            }
            KeyLabel {
                visible: control.displayText.length > 0
                text: control.displayText
                color: "#ffffff"
            }
        }
    }

    hideKeyPanel: KeyPanel {
        KeyFace {
            functionKey: true
            pressed: control.pressed
            KeyIcon { source: images + "hide-1c2230.svg" }
        }
    }

    shiftKeyPanel: KeyPanel {
        KeyFace {
            // Caps lock: the accent colour; shift for one letter: a filled arrow.
            functionKey: true
            accent: InputContext.capsLockActive
            pressed: control.pressed
            opacity: control.enabled ? 1 : 0.4
            KeyIcon {
                source: images + (InputContext.capsLockActive ? "shift-filled-ffffff.svg"
                                  : InputContext.shiftActive ? "shift-filled-1d4ed8.svg"
                                  : "shift-1c2230.svg")
            }
        }
    }

    spaceKeyPanel: KeyPanel {
        KeyFace {
            pressed: control.pressed
            KeyLabel {
                text: control.displayText
                color: mutedTextColour
                font.weight: Font.Normal
            }
        }
    }

    symbolKeyPanel: KeyPanel {
        KeyFace {
            functionKey: true
            pressed: control.pressed
            KeyLabel { text: control.displayText }
        }
    }

    modeKeyPanel: KeyPanel {
        KeyFace {
            functionKey: true
            accent: control.mode
            pressed: control.pressed
            KeyLabel {
                text: control.displayText
                color: control.mode ? "#ffffff" : textColour
            }
        }
    }

    handwritingKeyPanel: symbolKeyPanel

    // The rarely seen parts, from Qt's default style in the app's colours.
    characterPreviewMargin: base ? base.characterPreviewMargin : 0
    characterPreviewDelegate: base ? base.characterPreviewDelegate : null
    alternateKeysListItemWidth: base ? base.alternateKeysListItemWidth : 0
    alternateKeysListItemHeight: base ? base.alternateKeysListItemHeight : 0
    alternateKeysListTopMargin: base ? base.alternateKeysListTopMargin : 0
    alternateKeysListBottomMargin: base ? base.alternateKeysListBottomMargin : 0
    alternateKeysListLeftMargin: base ? base.alternateKeysListLeftMargin : 0
    alternateKeysListRightMargin: base ? base.alternateKeysListRightMargin : 0
    alternateKeysListDelegate: base ? base.alternateKeysListDelegate : null
    alternateKeysListHighlight: base ? base.alternateKeysListHighlight : null
    alternateKeysListBackground: base ? base.alternateKeysListBackground : null
    selectionListHeight: base ? base.selectionListHeight : 0
    selectionListDelegate: base ? base.selectionListDelegate : null
    selectionListHighlight: base ? base.selectionListHighlight : null
    selectionListBackground: base ? base.selectionListBackground : null
    selectionListAdd: base ? base.selectionListAdd : null
    selectionListRemove: base ? base.selectionListRemove : null
    navigationHighlight: base ? base.navigationHighlight : null
    popupListDelegate: base ? base.popupListDelegate : null
    popupListHighlight: base ? base.popupListHighlight : null
    popupListBackground: base ? base.popupListBackground : null
    popupListAdd: base ? base.popupListAdd : null
    popupListRemove: base ? base.popupListRemove : null
    languagePopupListEnabled: base ? base.languagePopupListEnabled : false
    languageListDelegate: base ? base.languageListDelegate : null
    languageListHighlight: base ? base.languageListHighlight : null
    languageListBackground: base ? base.languageListBackground : null
    languageListAdd: base ? base.languageListAdd : null
    languageListRemove: base ? base.languageListRemove : null
    // No selection handles: nothing typed can be copied on the kiosk, and on an X server
    // without a compositor their window paints as black squares over the field.
    selectionHandle: null
    fullScreenInputContainerBackground: base ? base.fullScreenInputContainerBackground : null
    fullScreenInputBackground: base ? base.fullScreenInputBackground : null
    fullScreenInputMargins: base ? base.fullScreenInputMargins : 0
    fullScreenInputPadding: base ? base.fullScreenInputPadding : 0
    fullScreenInputCursor: base ? base.fullScreenInputCursor : null
    fullScreenInputFont: base ? base.fullScreenInputFont : Qt.font({ family: fontFamily })
    functionPopupListDelegate: base ? base.functionPopupListDelegate : null
    functionPopupListHighlight: base ? base.functionPopupListHighlight : null
    functionPopupListBackground: base ? base.functionPopupListBackground : null
}
