<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="391" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation>Die Veranstaltungs-API akzeptiert die Einstellungen dieses Kiosks nicht (%1). Neue Anmeldungen werden auf diesem Kiosk gespeichert. Für das Personal: Token und Origin prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="403" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation>Offline: Sie sehen den Stand von %1. Neue Anmeldungen werden auf diesem Kiosk gespeichert und automatisch gesendet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="410" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation>Die Veranstaltungsinformationen können gerade nicht geladen werden. Bitte wenden Sie sich an das Personal.</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="336" />
        <source>Seats taken</source>
        <translation>Belegte Plätze</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="371" />
        <source>Please collect your badge from a staff member.</source>
        <translation>Bitte holen Sie Ihr Namensschild beim Personal ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="372" />
        <source>Your badge is printing.</source>
        <translation>Ihr Namensschild wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="451" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation>Dieser Kiosk kann gerade keine Check-ins speichern. Für das Personal: Datenordner prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="624" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation>Der Veranstaltungsserver akzeptiert das Personal-Token dieses Kiosks nicht (%1). Check-ins funktionieren weiterhin, aber ohne Offline-Liste und Namenssuche. Für das Personal: Personal-Token prüfen.</translation>
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="167" />
        <source>Tap anywhere to continue</source>
        <translation>Tippen Sie irgendwo, um fortzufahren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="195" />
        <source>Checking your code…</source>
        <translation>Ihr Code wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="204" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation>Dieser Kiosk kann Sie leider gerade nicht einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="205" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="231" />
        <source>Please see a staff member.</source>
        <translation>Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="237" />
        <source>Welcome, %1!</source>
        <translation>Willkommen, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="238" />
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="243" />
        <source>You're checked in</source>
        <translation>Sie sind eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="247" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="248" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation>Wir bestätigen, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="256" />
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="257" />
        <source>Already checked in at %1</source>
        <translation>Bereits um %1 eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="260" />
        <source>If that was not you, please see a staff member.</source>
        <translation>Falls Sie das nicht waren, wenden Sie sich bitte an das Personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="263" />
        <source>On the waitlist</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="265" />
        <source>Payment not completed</source>
        <translation>Zahlung nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="267" />
        <source>Not registered for this session</source>
        <translation>Für diesen Programmpunkt nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="269" />
        <source>This code is for another event</source>
        <translation>Dieser Code gilt für eine andere Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="274" />
        <source>That is not a check-in code</source>
        <translation>Das ist kein Check-in-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="275" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation>Bitte scannen Sie den QR-Code aus Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="279" />
        <source>Code not recognised</source>
        <translation>Code nicht erkannt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="280" />
        <source>Please check the code, or see a staff member.</source>
        <translation>Bitte prüfen Sie den Code oder wenden Sie sich an das Personal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="310" />
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="311" />
        <source>Your sessions today:</source>
        <translation>Ihre Programmpunkte heute:</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="58" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="97" />
        <source>You were already registered</source>
        <translation>Sie waren bereits angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="99" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation>Ihren Check-in-Code finden Sie in Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="133" />
        <source>Your registration is saved</source>
        <translation>Ihre Anmeldung ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="121" />
        <source>Your registration is saved on this kiosk and will be sent in a moment. Your confirmation e-mail follows once it has gone through.</source>
        <translation>Ihre Anmeldung ist auf diesem Kiosk gespeichert und wird gleich gesendet. Sobald sie übermittelt ist, erhalten Sie Ihre Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="135" />
        <source>You are on the waitlist</source>
        <translation>Sie stehen auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="126" />
        <source>You are on the waitlist. If a place becomes free, we will e-mail you. You do not need to check in until then.</source>
        <translation>Sie stehen auf der Warteliste. Wenn ein Platz frei wird, schicken wir Ihnen eine E-Mail. Bis dahin müssen Sie nicht einchecken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="136" />
        <source>You are registered</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>See you there!</source>
        <translation>Wir freuen uns auf Sie!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="45" />
        <source>Your check-in code as a QR code</source>
        <translation>Ihr Check-in-Code als QR-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="142" />
        <source>Waitlisted for: %1</source>
        <translation>Auf der Warteliste für: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="151" />
        <location filename="../../kiosk/ui/screens/confirmation.py" line="153" />
        <source>Your check-in code: %1</source>
        <translation>Ihr Check-in-Code: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="156" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation>Ihre Bestätigungs-E-Mail enthält Ihren Check-in-Code.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="183" />
        <source>Back to the start in %Ln second(s)</source>
        <translation>
            <numerusform>Zurück zum Start in %Ln Sekunde</numerusform>
            <numerusform>Zurück zum Start in %Ln Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="149" />
        <source>Enter the staff PIN to open the desk.</source>
        <translation>Geben Sie die Mitarbeiter-PIN ein, um den Schalter zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="220" />
        <source>Enter the staff PIN to leave desk mode.</source>
        <translation>Geben Sie die Mitarbeiter-PIN ein, um den Schaltermodus zu verlassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="258" />
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
                <numerusform>Zu viele falsche PINs. Versuchen Sie es in %Ln Sekunde erneut.</numerusform>
                <numerusform>Zu viele falsche PINs. Versuchen Sie es in %Ln Sekunden erneut.</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="260" />
        <location filename="../../kiosk/ui/flows/desk.py" line="266" />
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist falsch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="317" />
        <source>Registration is not possible for this event.</source>
        <translation>Für diese Veranstaltung ist keine Anmeldung möglich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="319" />
        <source>%1 is full: new registrations go on the waitlist.</source>
        <translation>%1 ist ausgebucht: Neue Anmeldungen kommen auf die Warteliste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="321" />
        <source>Registering for %1.</source>
        <translation>Anmeldung für %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="335" />
        <source>Choose the event first.</source>
        <translation>Wählen Sie zuerst die Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="347" />
        <location filename="../../kiosk/ui/flows/desk.py" line="400" />
        <source>%1 was not registered: %2</source>
        <translation>%1 wurde nicht angemeldet: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="354" />
        <source>%1: registering…</source>
        <translation>%1: wird angemeldet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="383" />
        <location filename="../../kiosk/ui/flows/desk.py" line="415" />
        <source>%1 is saved at this desk and queued for delivery.</source>
        <translation>%1 ist an diesem Schalter gespeichert und wartet auf die Übermittlung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="411" />
        <source>%1 was already registered for %2.</source>
        <translation>%1 war bereits für %2 angemeldet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="417" />
        <source>%1 is on the waitlist for %2.</source>
        <translation>%1 steht auf der Warteliste für %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="422" />
        <source>%1 is registered for %2, on the waitlist for %Ln session(s).</source>
        <translation>
                <numerusform>%1 ist für %2 angemeldet, auf der Warteliste für %Ln Session.</numerusform>
                <numerusform>%1 ist für %2 angemeldet, auf der Warteliste für %Ln Sessions.</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="424" />
        <source>%1 is registered for %2.</source>
        <translation>%1 ist für %2 angemeldet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="430" />
        <source>the event is full.</source>
        <translation>die Veranstaltung ist ausgebucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="432" />
        <source>a chosen session is full.</source>
        <translation>eine gewählte Session ist ausgebucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="434" />
        <source>registration for this event has closed.</source>
        <translation>die Anmeldung für diese Veranstaltung ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="436" />
        <location filename="../../kiosk/ui/flows/desk.py" line="543" />
        <source>the server did not accept it.</source>
        <translation>der Server hat sie nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="445" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Dieser Kiosk kann gerade keine Anmeldungen speichern. Personal: Bitte den Datenordner prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="455" />
        <source>%1 could not be saved. Nothing is lost: the details are back in the form.</source>
        <translation>%1 konnte nicht gespeichert werden. Nichts geht verloren: Die Angaben stehen wieder im Formular.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="529" />
        <source>%Ln registration(s) today</source>
        <translation>
                <numerusform>%Ln Anmeldung heute</numerusform>
                <numerusform>%Ln Anmeldungen heute</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="531" />
        <source>(the latest %Ln shown)</source>
        <translation>
                <numerusform>(die neueste %Ln angezeigt)</numerusform>
                <numerusform>(die neuesten %Ln angezeigt)</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="539" />
        <source>Stuck: %1</source>
        <translation>Hängt fest: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="540" />
        <source>Queued to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="552" />
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="553" />
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="542" />
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="547" />
        <source>Already registered</source>
        <translation>Bereits angemeldet</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="133" />
        <location filename="../../kiosk/ui/screens/desk.py" line="170" />
        <source>Staff desk</source>
        <translation>Anmeldeschalter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="139" />
        <source>Staff PIN</source>
        <translation>Mitarbeiter-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="145" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="148" />
        <source>Stay at the desk</source>
        <translation>Am Schalter bleiben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="173" />
        <source>Choose the event…</source>
        <translation>Veranstaltung wählen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="174" />
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="184" />
        <source>Find attendee</source>
        <translation>Teilnehmer suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="187" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="190" />
        <source>Leave desk mode</source>
        <translation>Schaltermodus verlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="204" />
        <location filename="../../kiosk/ui/screens/desk.py" line="209" />
        <location filename="../../kiosk/ui/screens/desk.py" line="619" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="205" />
        <location filename="../../kiosk/ui/screens/desk.py" line="210" />
        <location filename="../../kiosk/ui/screens/desk.py" line="620" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="206" />
        <location filename="../../kiosk/ui/screens/desk.py" line="211" />
        <location filename="../../kiosk/ui/screens/desk.py" line="621" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="218" />
        <location filename="../../kiosk/ui/screens/desk.py" line="222" />
        <location filename="../../kiosk/ui/screens/desk.py" line="622" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="232" />
        <source>Register (Enter)</source>
        <translation>Anmelden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="255" />
        <location filename="../../kiosk/ui/screens/desk.py" line="262" />
        <source>Registered here today</source>
        <translation>Heute hier angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="275" />
        <source>Reprint badge</source>
        <translation>Badge erneut drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="623" />
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="635" />
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="637" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="693" />
        <source>The badge is being printed again.</source>
        <translation>Das Badge wird erneut gedruckt.</translation>
    </message>
</context>
<context>
    <name>DoorFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/door.py" line="163" />
        <source>The door's event was changed, but it could not be saved on this kiosk: after a restart the settings file's event applies. Staff: check the data folder.</source>
        <translation>Die Veranstaltung dieses Eingangs wurde geändert, konnte aber auf diesem Kiosk nicht gespeichert werden: Nach einem Neustart gilt die Veranstaltung aus der Einstellungsdatei. Für das Personal: Datenordner prüfen.</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="60" />
        <source>‹ Back to the staff view</source>
        <translation>‹ Zurück zur Personalansicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="65" />
        <source>Use the settings file's choice</source>
        <translation>Auswahl der Einstellungsdatei verwenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="74" />
        <source>Which event is this door for?</source>
        <translation>Für welche Veranstaltung ist dieser Eingang?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="82" />
        <source>‹ Other events</source>
        <translation>‹ Andere Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="128" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation>Noch sind keine Veranstaltungen bekannt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="141" />
        <source>Loading the agenda…</source>
        <translation>Programm wird geladen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="162" />
        <location filename="../../kiosk/ui/screens/door.py" line="222" />
        <source>Whole event</source>
        <translation>Ganze Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="183" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="186" />
        <source>Time to be announced</source>
        <translation>Uhrzeit folgt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="197" />
        <source>%1 · %2</source>
        <comment>a session's time · its room</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="219" />
        <source>The agenda cannot be loaded right now; the whole event can be chosen.</source>
        <translation>Das Programm kann gerade nicht geladen werden; die ganze Veranstaltung kann gewählt werden.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="219" />
        <source>Checking seats…</source>
        <translation>Plätze werden geprüft…</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="283" />
        <source>‹ All events</source>
        <translation>‹ Alle Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="299" />
        <source>QR code of this event's web page</source>
        <translation>QR-Code der Webseite dieser Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="300" />
        <location filename="../../kiosk/ui/screens/event.py" line="302" />
        <source>Scan to open on your phone</source>
        <translation>Zum Öffnen auf dem Handy scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="305" />
        <location filename="../../kiosk/ui/screens/event.py" line="561" />
        <source>Loading the agenda…</source>
        <translation>Programm wird geladen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="312" />
        <source>Back to all events</source>
        <translation>Zurück zu allen Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="367" />
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="368" />
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="369" />
        <source>Sponsors</source>
        <translation>Sponsoren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="370" />
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="484" />
        <source>The agenda has not been published yet.</source>
        <translation>Das Programm ist noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="505" />
        <source>‹ All speakers</source>
        <translation>‹ Alle Vortragenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="517" />
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="605" />
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="654" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation>Programm und Anmeldung für diese Veranstaltung können gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut oder wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="686" />
        <source>%1 of %2 seats taken</source>
        <translation>%1 von %2 Plätzen belegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/event.py" line="688" />
        <source>%1 of %2 seats taken · %Ln seat(s) left</source>
        <translation>
            <numerusform>%1 von %2 Plätzen belegt · noch %Ln Platz frei</numerusform>
            <numerusform>%1 von %2 Plätzen belegt · noch %Ln Plätze frei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="700" />
        <source>Register</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="702" />
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="717" />
        <source>Wi-Fi available: %1</source>
        <translation>WLAN verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="719" />
        <source>Wi-Fi available</source>
        <translation>WLAN verfügbar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="721" />
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="723" />
        <source>Accessible toilets</source>
        <translation>Barrierefreie Toiletten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="725" />
        <source>Accessible parking</source>
        <translation>Barrierefreie Parkplätze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="759" />
        <source>All tracks</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="798" />
        <source>No sessions listed.</source>
        <translation>Keine Programmpunkte eingetragen.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="147" />
        <source>What's on</source>
        <translation>Aktuelle Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="150" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation>Tippen Sie auf eine Veranstaltung, um das Programm zu sehen oder sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="153" />
        <source>Loading events…</source>
        <translation>Veranstaltungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="190" />
        <source>Already registered? Scan your code</source>
        <translation>Schon angemeldet? Code scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="307" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation>Zurzeit sind keine Veranstaltungen veröffentlicht. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="314" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation>Die Veranstaltungsliste kann gerade nicht geladen werden. Bitte wenden Sie sich an das Personal.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="181" />
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="622" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Dieser Kiosk kann gerade keine Anmeldungen speichern. Für das Personal: Datenordner prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="655" />
        <source>%Ln registration(s) waiting to be sent, the oldest for %1 min</source>
        <translation>
            <numerusform>%Ln Anmeldung wartet auf Versand, seit %1 Min.</numerusform>
            <numerusform>%Ln Anmeldungen warten auf Versand, die älteste seit %1 Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="57" />
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="78" />
        <source>Choose your language</source>
        <translation>Sprache wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/language.py" line="94" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="27" />
        <source>Kiosk needs attention</source>
        <translation>Kiosk: Eingriff nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="28" />
        <source>This kiosk needs a staff member</source>
        <translation>Dieser Kiosk braucht Hilfe vom Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="31" />
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="73" />
        <location filename="../../kiosk/ui/presentation.py" line="74" />
        <source>Text size and contrast</source>
        <translation>Textgröße und Kontrast</translation>
    </message>
</context>
<context>
    <name>PresentationPanel</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="95" />
        <source>Text size and contrast</source>
        <translation>Textgröße und Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="97" />
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="101" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="102" />
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="103" />
        <source>Largest</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="113" />
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="116" />
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="120" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="267" />
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="423" />
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="831" />
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="461" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="462" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="465" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="470" />
        <source>First name *</source>
        <translation>Vorname *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="471" />
        <source>Last name *</source>
        <translation>Nachname *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="484" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="492" />
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="493" />
        <source>E-mail *</source>
        <translation>E-Mail *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Your confirmation is sent there.</source>
        <translation>Dorthin senden wir Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="508" />
        <source>Choose your sessions</source>
        <translation>Programmpunkte wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="524" />
        <source>Check and register</source>
        <translation>Prüfen und anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="537" />
        <source>Register me automatically if a place becomes free</source>
        <translation>Mich automatisch anmelden, wenn ein Platz frei wird</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="543" />
        <location filename="../../kiosk/ui/screens/register.py" line="809" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Register</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="664" />
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="739" />
        <source>A few questions</source>
        <translation>Einige Fragen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="688" />
        <source>Other sessions</source>
        <translation>Weitere Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="804" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="806" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation>%1 ist ausgebucht. Wir melden uns, wenn ein Platz frei wird.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="909" />
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="967" />
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="971" />
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="997" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1006" />
        <source>No answers</source>
        <translation>Keine Antworten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1137" />
        <source>Please answer this question.</source>
        <translation>Bitte beantworten Sie diese Frage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>Sessions: %1</source>
        <translation>Programmpunkte: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="986" />
        <source>No sessions chosen</source>
        <translation>Keine Programmpunkte gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1026" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation>Optional. Tippen Sie auf einen Programmpunkt, um ihn zu wählen, und noch einmal, um ihn abzuwählen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1028" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation>Sie haben zwei Programmpunkte um %1 gewählt. Bitte wählen Sie einen davon ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1100" />
        <source>Please check the fields marked in red.</source>
        <translation>Bitte prüfen Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1124" />
        <source>Please fill in your first name.</source>
        <translation>Bitte geben Sie Ihren Vornamen ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1126" />
        <source>Please fill in your last name.</source>
        <translation>Bitte geben Sie Ihren Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1128" />
        <source>Please fill in your e-mail address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1136" />
        <source>Please choose an answer.</source>
        <translation>Bitte wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1162" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="304" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation>Die Veranstaltung ist leider soeben ausgebucht worden. Sie können sich stattdessen auf die Warteliste setzen lassen: Tippen Sie noch einmal auf die Schaltfläche.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="307" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation>Die Veranstaltung ist leider soeben ausgebucht worden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="310" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation>Ein von Ihnen gewählter Programmpunkt ist leider soeben ausgebucht worden. Bitte prüfen Sie Ihre Programmpunkte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="313" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation>Die Anmeldung für diese Veranstaltung wurde leider soeben geschlossen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="316" />
        <source>The registration was not accepted: %1</source>
        <translation>Die Anmeldung wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="317" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation>Die Anmeldung wurde nicht angenommen. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="328" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Dieser Kiosk kann gerade keine Anmeldungen speichern. Für das Personal: Datenordner prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="338" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation>Dieser Kiosk kann Ihre Anmeldung leider gerade nicht annehmen. Ihre Eingaben bleiben erhalten: Bitte wenden Sie sich an das Personal.</translation>
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="54" />
        <source>QR code symbol</source>
        <translation>QR-Code-Symbol</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="135" />
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="139" />
        <source>Scan your QR code</source>
        <translation>Scannen Sie Ihren QR-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="152" />
        <source>Type your code instead</source>
        <translation>Code stattdessen eintippen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="156" />
        <source>Find by name (staff)</source>
        <translation>Nach Namen suchen (Personal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="191" />
        <source>‹ Back to scanning</source>
        <translation>‹ Zurück zum Scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="194" />
        <source>Type your check-in code</source>
        <translation>Geben Sie Ihren Check-in-Code ein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="197" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation>Die 8 Buchstaben und Ziffern unter dem QR-Code in Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="202" />
        <source>Check-in code</source>
        <translation>Check-in-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="219" />
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="286" />
        <source>Hold the code inside the square</source>
        <translation>Halten Sie den Code in das Quadrat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="302" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation>Halten Sie den QR-Code aus Ihrer Bestätigungs-E-Mail vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="303" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation>Halten Sie den QR-Code aus Ihrer Bestätigungs-E-Mail unter den Scanner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="356" />
        <source>A check-in code has 8 letters and digits. This one has %Ln.</source>
        <translation>
            <numerusform>Ein Check-in-Code hat 8 Buchstaben und Ziffern. Dieser hat %Ln.</numerusform>
            <numerusform>Ein Check-in-Code hat 8 Buchstaben und Ziffern. Dieser hat %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="361" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation>Das ist kein Check-in-Code. Bitte vergleichen Sie ihn mit Ihrer E-Mail.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="376" />
        <source>%1 Check-ins go on; badges wait in the staff view.</source>
        <translation>%1 Check-ins laufen weiter; Namensschilder warten in der Personalansicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="411" />
        <source>Badge cancelled.</source>
        <translation>Namensschild verworfen.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="244" />
        <source>Staff only</source>
        <translation>Nur für Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="256" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation>Die Namen der Teilnehmenden sind ausgeblendet, weil dieser Kiosk keine Personal-PIN hat. Um sie zu sehen, legen Sie auf diesem Computer mit folgendem Befehl eine PIN fest: kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="269" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation>Nichts ausstehend: Alle Anmeldungen wurden zugestellt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="288" />
        <source>Retry selected now</source>
        <translation>Auswahl jetzt erneut senden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="291" />
        <source>Retry all now</source>
        <translation>Alle jetzt erneut senden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="299" />
        <source>Desk mode</source>
        <translation>Schaltermodus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="307" />
        <source>Registrations not yet delivered</source>
        <translation>Noch nicht zugestellte Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="321" />
        <source>Close the kiosk</source>
        <translation>Kiosk schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="325" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="330" />
        <source>Close the kiosk?</source>
        <translation>Kiosk schließen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="334" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation>Bis der Kiosk wieder gestartet wird, kann sich hier niemand anmelden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="363" />
        <source>‹ Leave the staff view</source>
        <translation>‹ Personalansicht verlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="374" />
        <source>‹ Previous page</source>
        <translation>‹ Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="377" />
        <source>Next page ›</source>
        <translation>Nächste Seite ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="427" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="431" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation>Legen Sie eine Personal-PIN fest, um die Veranstaltung des Eingangs zu wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="452" />
        <source>Door: %1 · %2</source>
        <translation>Eingang: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="453" />
        <source>any event</source>
        <translation>beliebige Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="454" />
        <source>whole event</source>
        <translation>ganze Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="476" />
        <source>Setup check</source>
        <translation>Einrichtungsprüfung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="478" />
        <source>Check this kiosk's setup</source>
        <translation>Einrichtung dieses Kiosks prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="515" />
        <source>The setup check could not run. Run kiosk doctor on this computer.</source>
        <translation>Die Einrichtungsprüfung konnte nicht laufen. Führen Sie kiosk doctor auf diesem Computer aus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Badge printer</source>
        <translation>Namensschilddrucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="521" />
        <source>Events API</source>
        <translation>Veranstaltungs-API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="524" />
        <source>Needs fixing</source>
        <translation>Zu beheben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="526" />
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="532" />
        <source>Ready to run the kiosk.</source>
        <translation>Bereit für den Kioskbetrieb.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="533" />
        <source>Items to fix: %1</source>
        <translation>Zu behebende Punkte: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="555" />
        <source>Print now</source>
        <translation>Jetzt drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="558" />
        <source>Cancel badge</source>
        <translation>Namensschild verwerfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="562" />
        <source>Badge preview</source>
        <translation>Namensschild-Vorschau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="571" />
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="600" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation>Geben Sie die Personal-PIN ein, um den Kiosk zu schließen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="602" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation>Geben Sie die Personal-PIN ein, um nach Teilnehmenden zu suchen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="603" />
        <source>Enter the staff PIN.</source>
        <translation>Geben Sie die Personal-PIN ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="732" />
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="858" />
        <source>Tap a badge first, then Cancel badge.</source>
        <translation>Erst ein Namensschild antippen, dann „Namensschild verwerfen“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="895" />
        <source>Tap a registration first, then Retry selected now.</source>
        <translation>Erst eine Anmeldung antippen, dann „Auswahl jetzt erneut senden“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="782" />
        <source>Badge printer %1: %2</source>
        <translation>Namensschilddrucker %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="816" />
        <source>Badge %1</source>
        <translation>Namensschild %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="818" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="805" />
        <source>%Ln badge(s) waiting</source>
        <translation>
            <numerusform>%Ln Namensschild wartet</numerusform>
            <numerusform>%Ln Namensschilder warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="229" />
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="709" />
        <source>%Ln registration(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Anmeldung wartet auf Versand</numerusform>
            <numerusform>%Ln Anmeldungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>%Ln registration(s) stuck</source>
        <translation>
            <numerusform>%Ln Anmeldung hängt fest</numerusform>
            <numerusform>%Ln Anmeldungen hängen fest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="713" />
        <source>%Ln registration(s) refused by the server</source>
        <translation>
            <numerusform>%Ln Anmeldung vom Server abgelehnt</numerusform>
            <numerusform>%Ln Anmeldungen vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="749" />
        <source>%Ln registration(s) delivered.</source>
        <translation>
            <numerusform>%Ln Anmeldung wurde zugestellt.</numerusform>
            <numerusform>%Ln Anmeldungen wurden zugestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="754" />
        <source>%Ln registration(s) refused again (see the reason).</source>
        <translation>
            <numerusform>%Ln Anmeldung wurde erneut abgelehnt (siehe Grund).</numerusform>
            <numerusform>%Ln Anmeldungen wurden erneut abgelehnt (siehe Grund).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="780" />
        <source>Badge printer %1: %2 – %3</source>
        <translation>Namensschilddrucker %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="813" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="819" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="850" />
        <source>Sending the waiting badges to the printer…</source>
        <translation>Wartende Namensschilder werden an den Drucker gesendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="878" />
        <source>Sending %Ln registration(s) again…</source>
        <translation>
            <numerusform>%Ln Anmeldung wird erneut gesendet…</numerusform>
            <numerusform>%Ln Anmeldungen werden erneut gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="880" />
        <source>Nothing to send again.</source>
        <translation>Nichts erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="887" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation>Erneutes Senden fehlgeschlagen: Der Kiosk kann seine Warteschlange nicht lesen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="902" />
        <source>Sending again…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="499" />
        <location filename="../../kiosk/ui/screens/staff.py" line="921" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="944" />
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist falsch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="962" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 erneut.</translation>
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="103" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="104" />
        <source>First or last name</source>
        <translation>Vor- oder Nachname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="108" />
        <source>Clear the name</source>
        <translation>Namen löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="123" />
        <source>Find an attendee</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="136" />
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="141" />
        <source>Reprint badge</source>
        <translation>Namensschild neu drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="146" />
        <source>Back to the results</source>
        <translation>Zurück zu den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="163" />
        <source>‹ Done: back to scanning</source>
        <translation>‹ Fertig: zurück zum Scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="194" />
        <source>Type at least two letters of a first or last name.</source>
        <translation>Geben Sie mindestens zwei Buchstaben eines Vor- oder Nachnamens ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="199" />
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="217" />
        <source>Found: %Ln. Tap the right person.</source>
        <translation>
            <numerusform>Gefunden: %Ln. Tippen Sie auf die richtige Person.</numerusform>
            <numerusform>Gefunden: %Ln. Tippen Sie auf die richtige Person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="219" />
        <source>No one found. Try the first name or the last name instead, or fewer letters.</source>
        <translation>Niemand gefunden. Versuchen Sie es stattdessen mit dem Vor- oder dem Nachnamen oder mit weniger Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="227" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation>Die Suche ist gerade nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="256" />
        <source>This registration has no check-in code.</source>
        <translation>Diese Anmeldung hat keinen Check-in-Code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="262" />
        <source>The badge is being printed again.</source>
        <translation>Das Namensschild wird erneut gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="267" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation>Diese Anmeldung kann gerade nicht geöffnet werden. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="107" />
        <source>Still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation>Wenn Sie auf „Ja“ tippen, bleiben Ihre Eingaben erhalten. Sonst beginnt der Kiosk für die nächste Person von vorn und löscht sie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117" />
        <source>Yes, I'm still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="119" />
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="158" />
        <source>Starting over in %Ln s</source>
        <translation>
            <numerusform>Neubeginn in %Ln s</numerusform>
            <numerusform>Neubeginn in %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="429" />
        <source>Badge printing is switched off.</source>
        <translation>Der Namensschilddruck ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="431" />
        <source>There is no print queue named “%1”.</source>
        <translation>Es gibt keine Druckwarteschlange namens „%1“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="434" />
        <source>The print system (CUPS) does not answer.</source>
        <translation>Das Drucksystem (CUPS) antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="437" />
        <source>The printer is stopped: %1</source>
        <translation>Der Drucker ist angehalten: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="438" />
        <source>The printer is stopped.</source>
        <translation>Der Drucker ist angehalten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="441" />
        <source>The printer refuses new jobs: %1</source>
        <translation>Der Drucker nimmt keine neuen Aufträge an: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="442" />
        <source>The printer refuses new jobs.</source>
        <translation>Der Drucker nimmt keine neuen Aufträge an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="445" />
        <source>The printer is out of paper or labels.</source>
        <translation>Im Drucker fehlen Papier oder Etiketten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="447" />
        <source>The paper or labels are jammed in the printer.</source>
        <translation>Papier- oder Etikettenstau im Drucker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="449" />
        <source>A cover of the printer is open.</source>
        <translation>Eine Abdeckung des Druckers ist offen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="451" />
        <source>The printer is offline.</source>
        <translation>Der Drucker ist offline.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="452" />
        <source>The printer reports a problem: %1</source>
        <translation>Der Drucker meldet ein Problem: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="458" />
        <source>The badge could not be printed: %1</source>
        <translation>Das Namensschild konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="461" />
        <source>The badge template does not fit this paper: %1</source>
        <translation>Die Namensschild-Vorlage passt nicht zu diesem Papier: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="464" />
        <source>The print log cannot be written: %1</source>
        <translation>Das Druckprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="466" />
        <source>Badge printing failed; see the kiosk's log.</source>
        <translation>Namensschilddruck fehlgeschlagen; siehe Kiosk-Protokoll.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="150" />
        <source>%1 time</source>
        <translation>Ortszeit %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="166" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="168" />
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>Date to be announced</source>
        <translation>Datum folgt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="78" />
        <location filename="../../kiosk/ui/text.py" line="183" />
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="35" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation>Ich bin einverstanden, dass der Veranstalter meine Angaben zur Verwaltung meiner Anmeldung speichert und mir E-Mails zu dieser Veranstaltung senden darf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="65" />
        <source>dddd d MMMM</source>
        <comment>a date format (Qt): weekday, day, month</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="71" />
        <source>ddd d MMM</source>
        <comment>a date format (Qt): weekday, day, month, short</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="185" />
        <source>%1, %2 – %3</source>
        <comment>day, start time – end time</comment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="188" />
        <source>%1, %2 – %3, %4</source>
        <comment>start day, time – end day, time</comment>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="193" />
        <source>%1 %2</source>
        <comment>a date and time, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="201" />
        <source>%1 – %2</source>
        <comment>a start time – an end time</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="248" />
        <source>%1, %2</source>
        <comment>a building, a room in it</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="256" />
        <source>On now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="260" />
        <source>Starting now</source>
        <translation>Beginnt jetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="261" />
        <source>Starts in %Ln min</source>
        <translation>
            <numerusform>Beginnt in %Ln Min.</numerusform>
            <numerusform>Beginnt in %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="263" />
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="271" />
        <source>Open for registration</source>
        <translation>Anmeldung offen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="274" />
        <source>Full – waitlist open</source>
        <translation>Ausgebucht – Warteliste offen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="276" />
        <source>Full</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="278" />
        <source>Registration closed</source>
        <translation>Anmeldung geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="280" />
        <source>Event has ended</source>
        <translation>Veranstaltung beendet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="281" />
        <source>Register with a staff member</source>
        <translation>Anmeldung beim Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="664" />
        <location filename="../../kiosk/ui/delegates.py" line="970" />
        <location filename="../../kiosk/ui/text.py" line="298" />
        <source>Fully booked</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="665" />
        <location filename="../../kiosk/ui/delegates.py" line="971" />
        <location filename="../../kiosk/ui/text.py" line="300" />
        <source>Full – waitlist</source>
        <translation>Ausgebucht – Warteliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/delegates.py" line="663" />
        <location filename="../../kiosk/ui/delegates.py" line="969" />
        <location filename="../../kiosk/ui/text.py" line="304" />
        <source>%Ln seat(s) left</source>
        <translation>
            <numerusform>Noch %Ln Platz frei</numerusform>
            <numerusform>Noch %Ln Plätze frei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="312" />
        <source>Registration for this event is closed.</source>
        <translation>Die Anmeldung für diese Veranstaltung ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="314" />
        <source>This event is full.</source>
        <translation>Diese Veranstaltung ist ausgebucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="316" />
        <source>This event has ended.</source>
        <translation>Diese Veranstaltung ist beendet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="318" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation>Bitte lassen Sie sich vom Personal für diese Veranstaltung anmelden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="327" />
        <source>This is too long. Please shorten it.</source>
        <translation>Das ist zu lang. Bitte kürzen Sie den Text.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="328" />
        <source>Please shorten this to %Ln character(s) or fewer.</source>
        <translation>
            <numerusform>Bitte kürzen Sie auf höchstens %Ln Zeichen.</numerusform>
            <numerusform>Bitte kürzen Sie auf höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="330" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@example.org).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="332" />
        <source>Please choose one of the options.</source>
        <translation>Bitte wählen Sie eine der Möglichkeiten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="334" />
        <source>This contains characters that cannot be used.</source>
        <translation>Der Text enthält Zeichen, die nicht verwendet werden können.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="336" />
        <source>Please tick the box to agree before registering.</source>
        <translation>Bitte setzen Sie vor der Anmeldung das Häkchen, um zuzustimmen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="338" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation>Ein von Ihnen gewählter Programmpunkt ist ausgebucht. Bitte wählen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="373" />
        <source>Time to be announced</source>
        <translation>Uhrzeit folgt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="142" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="143" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="51" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
        <source>Checked in at %1</source>
        <translation>Eingecheckt um %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="55" />
        <source>On the waitlist</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="57" />
        <source>Payment not completed</source>
        <translation>Zahlung nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="58" />
        <source>Registered, not checked in yet</source>
        <translation>Angemeldet, noch nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="110" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="111" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="112" />
        <source>Attendee</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="113" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="114" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="115" />
        <source>Submission</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="133" />
        <source>Any event</source>
        <translation>Beliebige Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="137" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="141" />
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="143" />
        <source>Stuck</source>
        <translation>Hängt fest</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="145" />
        <source>Waiting (%Ln attempt(s))</source>
        <translation>
            <numerusform>Wartet (%Ln Versuch)</numerusform>
            <numerusform>Wartet (%Ln Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="979" />
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="980" />
        <source>printing</source>
        <translation>druckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="981" />
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="982" />
        <source>refusing jobs</source>
        <translation>nimmt keine Aufträge an</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="983" />
        <source>needs attention</source>
        <translation>Eingriff nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="984" />
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="985" />
        <source>print system not answering</source>
        <translation>Drucksystem antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="986" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="987" />
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
</context>
</TS>