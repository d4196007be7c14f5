<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="391" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="403" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="410" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="336" />
        <source>Seats taken</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="371" />
        <source>Please collect your badge from a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="372" />
        <source>Your badge is printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="451" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="624" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="167" />
        <source>Tap anywhere to continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="195" />
        <source>Checking your code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="204" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="205" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="231" />
        <source>Please see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="237" />
        <source>Welcome, %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="238" />
        <source>Welcome!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="243" />
        <source>You're checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="247" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="248" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="256" />
        <source>Already checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="257" />
        <source>Already checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="260" />
        <source>If that was not you, please see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="263" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="265" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="267" />
        <source>Not registered for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="269" />
        <source>This code is for another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="274" />
        <source>That is not a check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="275" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="279" />
        <source>Code not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="280" />
        <source>Please check the code, or see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="310" />
        <source>and %Ln more</source>
        <translation><numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="311" />
        <source>Your sessions today:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="58" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="99" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="133" />
        <source>Your registration is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="135" />
        <source>You are on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="97" />
        <source>You were already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="121" />
        <source>Your registration is saved on this kiosk and will be sent in a moment. Your confirmation e-mail follows once it has gone through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="126" />
        <source>You are on the waitlist. If a place becomes free, we will e-mail you. You do not need to check in until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="136" />
        <source>You are registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>See you there!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="45" />
        <source>Your check-in code as a QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="142" />
        <source>Waitlisted for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="151" />
        <location filename="../../kiosk/ui/screens/confirmation.py" line="153" />
        <source>Your check-in code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="156" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="183" />
        <source>Back to the start in %Ln second(s)</source>
        <translation><numerusform>Back to the start in %Ln second</numerusform><numerusform>Back to the start in %Ln seconds</numerusform></translation></message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="149" />
        <source>Enter the staff PIN to open the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="220" />
        <source>Enter the staff PIN to leave desk mode.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="258" />
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %Ln second.</numerusform><numerusform>Too many wrong PINs. Try again in %Ln seconds.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="260" />
        <location filename="../../kiosk/ui/flows/desk.py" line="266" />
        <source>That PIN is not right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="317" />
        <source>Registration is not possible for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="319" />
        <source>%1 is full: new registrations go on the waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="321" />
        <source>Registering for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="335" />
        <source>Choose the event first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="347" />
        <location filename="../../kiosk/ui/flows/desk.py" line="400" />
        <source>%1 was not registered: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="354" />
        <source>%1: registering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="383" />
        <location filename="../../kiosk/ui/flows/desk.py" line="415" />
        <source>%1 is saved at this desk and queued for delivery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="411" />
        <source>%1 was already registered for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="417" />
        <source>%1 is on the waitlist for %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="422" />
        <source>%1 is registered for %2, on the waitlist for %Ln session(s).</source>
        <translation><numerusform>%1 is registered for %2, on the waitlist for %Ln session.</numerusform><numerusform>%1 is registered for %2, on the waitlist for %Ln sessions.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="424" />
        <source>%1 is registered for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="430" />
        <source>the event is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="432" />
        <source>a chosen session is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="434" />
        <source>registration for this event has closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="436" />
        <location filename="../../kiosk/ui/flows/desk.py" line="543" />
        <source>the server did not accept it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="445" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="455" />
        <source>%1 could not be saved. Nothing is lost: the details are back in the form.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="529" />
        <source>%Ln registration(s) today</source>
        <translation><numerusform>%Ln registration today</numerusform><numerusform>%Ln registrations today</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="531" />
        <source>(the latest %Ln shown)</source>
        <translation><numerusform>(the latest %Ln shown)</numerusform><numerusform>(the latest %Ln shown)</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="539" />
        <source>Stuck: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="540" />
        <source>Queued to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="552" />
        <source>Waitlisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="553" />
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="542" />
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="547" />
        <source>Already registered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="133" />
        <location filename="../../kiosk/ui/screens/desk.py" line="170" />
        <source>Staff desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="139" />
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="145" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="148" />
        <source>Stay at the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="173" />
        <source>Choose the event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="174" />
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="184" />
        <source>Find attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="187" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="190" />
        <source>Leave desk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="204" />
        <location filename="../../kiosk/ui/screens/desk.py" line="209" />
        <location filename="../../kiosk/ui/screens/desk.py" line="619" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="205" />
        <location filename="../../kiosk/ui/screens/desk.py" line="210" />
        <location filename="../../kiosk/ui/screens/desk.py" line="620" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="206" />
        <location filename="../../kiosk/ui/screens/desk.py" line="211" />
        <location filename="../../kiosk/ui/screens/desk.py" line="621" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="218" />
        <location filename="../../kiosk/ui/screens/desk.py" line="222" />
        <location filename="../../kiosk/ui/screens/desk.py" line="622" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="232" />
        <source>Register (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="255" />
        <location filename="../../kiosk/ui/screens/desk.py" line="262" />
        <source>Registered here today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="275" />
        <source>Reprint badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="623" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="635" />
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="637" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="693" />
        <source>The badge is being printed again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoorFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/door.py" line="163" />
        <source>The door's event was changed, but it could not be saved on this kiosk: after a restart the settings file's event applies. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="60" />
        <source>‹ Back to the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="65" />
        <source>Use the settings file's choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="74" />
        <source>Which event is this door for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="82" />
        <source>‹ Other events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="128" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="141" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="162" />
        <location filename="../../kiosk/ui/screens/door.py" line="222" />
        <source>Whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="183" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="186" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="197" />
        <source>%1 · %2</source>
        <comment>a session's time · its room</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="219" />
        <source>The agenda cannot be loaded right now; the whole event can be chosen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="219" />
        <source>Checking seats…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="283" />
        <source>‹ All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="299" />
        <source>QR code of this event's web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="300" />
        <location filename="../../kiosk/ui/screens/event.py" line="302" />
        <source>Scan to open on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="305" />
        <location filename="../../kiosk/ui/screens/event.py" line="561" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="312" />
        <source>Back to all events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="367" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="368" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="369" />
        <source>Sponsors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="370" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="484" />
        <source>The agenda has not been published yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="505" />
        <source>‹ All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="517" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="605" />
        <source>No description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="654" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="686" />
        <source>%1 of %2 seats taken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/event.py" line="688" />
        <source>%1 of %2 seats taken · %Ln seat(s) left</source>
        <translation><numerusform>%1 of %2 seats taken · %Ln seat left</numerusform><numerusform>%1 of %2 seats taken · %Ln seats left</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="700" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="702" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="717" />
        <source>Wi-Fi available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="719" />
        <source>Wi-Fi available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="721" />
        <source>Step-free access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="723" />
        <source>Accessible toilets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="725" />
        <source>Accessible parking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="759" />
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="798" />
        <source>No sessions listed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="147" />
        <source>What's on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="150" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="153" />
        <source>Loading events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="190" />
        <source>Already registered? Scan your code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="307" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="314" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="181" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="622" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="655" />
        <source>%Ln registration(s) waiting to be sent, the oldest for %1 min</source>
        <translation><numerusform>%Ln registration waiting to be sent, the oldest for %1 min</numerusform><numerusform>%Ln registrations waiting to be sent, the oldest for %1 min</numerusform></translation></message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="57" />
        <source>Language: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="78" />
        <source>Choose your language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/language.py" line="94" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="27" />
        <source>Kiosk needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="28" />
        <source>This kiosk needs a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="31" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="73" />
        <location filename="../../kiosk/ui/presentation.py" line="74" />
        <source>Text size and contrast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresentationPanel</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="95" />
        <source>Text size and contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="97" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="101" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="102" />
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="103" />
        <source>Largest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="113" />
        <source>Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="116" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="120" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="267" />
        <source>QR code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="461" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="462" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="484" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="508" />
        <source>Choose your sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="537" />
        <source>Register me automatically if a place becomes free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="543" />
        <location filename="../../kiosk/ui/screens/register.py" line="809" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="470" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="423" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="831" />
        <source>Next ›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="465" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="471" />
        <source>Last name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="492" />
        <source>Your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="493" />
        <source>E-mail *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Your confirmation is sent there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1026" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="524" />
        <source>Check and register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="664" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="739" />
        <source>A few questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="688" />
        <source>Other sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="804" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="806" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="909" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="967" />
        <source>Name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="971" />
        <source>E-mail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="997" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1006" />
        <source>No answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1137" />
        <source>Please answer this question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>Sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="986" />
        <source>No sessions chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1028" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1100" />
        <source>Please check the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1124" />
        <source>Please fill in your first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1126" />
        <source>Please fill in your last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1128" />
        <source>Please fill in your e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1136" />
        <source>Please choose an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1162" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="304" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="307" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="310" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="313" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="316" />
        <source>The registration was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="317" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="328" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="338" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="54" />
        <source>QR code symbol</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="135" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="139" />
        <source>Scan your QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="286" />
        <source>Hold the code inside the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="152" />
        <source>Type your code instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="156" />
        <source>Find by name (staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="191" />
        <source>‹ Back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="194" />
        <source>Type your check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="197" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="202" />
        <source>Check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="219" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="302" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="303" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="356" />
        <source>A check-in code has 8 letters and digits. This one has %Ln.</source>
        <translation><numerusform>A check-in code has 8 letters and digits. This one has %Ln.</numerusform><numerusform>A check-in code has 8 letters and digits. This one has %Ln.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="361" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="376" />
        <source>%1 Check-ins go on; badges wait in the staff view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="411" />
        <source>Badge cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="244" />
        <source>Staff only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="256" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="269" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="299" />
        <source>Desk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="321" />
        <source>Close the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="325" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="330" />
        <source>Close the kiosk?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="334" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="363" />
        <source>‹ Leave the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="374" />
        <source>‹ Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="377" />
        <source>Next page ›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="427" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="431" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="452" />
        <source>Door: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="453" />
        <source>any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="454" />
        <source>whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="476" />
        <source>Setup check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="478" />
        <source>Check this kiosk's setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="515" />
        <source>The setup check could not run. Run kiosk doctor on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>Display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>On-screen keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Fonts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Badge printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="521" />
        <source>Events API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="524" />
        <source>Needs fixing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="526" />
        <source>%1 · %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="532" />
        <source>Ready to run the kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="533" />
        <source>Items to fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="562" />
        <source>Badge preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="571" />
        <source>Badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="600" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="602" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="603" />
        <source>Enter the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="732" />
        <source>Rows %1–%2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="858" />
        <source>Tap a badge first, then Cancel badge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="782" />
        <source>Badge printer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="816" />
        <source>Badge %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="818" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="805" />
        <source>%Ln badge(s) waiting</source>
        <translation><numerusform>%Ln badge waiting</numerusform><numerusform>%Ln badges waiting</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="229" />
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="709" />
        <source>%Ln registration(s) waiting to be sent</source>
        <translation><numerusform>%Ln registration waiting to be sent</numerusform><numerusform>%Ln registrations waiting to be sent</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>%Ln registration(s) stuck</source>
        <translation><numerusform>%Ln registration stuck</numerusform><numerusform>%Ln registrations stuck</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="713" />
        <source>%Ln registration(s) refused by the server</source>
        <translation><numerusform>%Ln registration refused by the server</numerusform><numerusform>%Ln registrations refused by the server</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="749" />
        <source>%Ln registration(s) delivered.</source>
        <translation><numerusform>%Ln registration delivered.</numerusform><numerusform>%Ln registrations delivered.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="754" />
        <source>%Ln registration(s) refused again (see the reason).</source>
        <translation><numerusform>%Ln registration refused again (see the reason).</numerusform><numerusform>%Ln registrations refused again (see the reason).</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="780" />
        <source>Badge printer %1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="813" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="819" />
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="850" />
        <source>Sending the waiting badges to the printer…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="878" />
        <source>Sending %Ln registration(s) again…</source>
        <translation><numerusform>Sending %Ln registration again…</numerusform><numerusform>Sending %Ln registrations again…</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="887" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="895" />
        <source>Tap a registration first, then Retry selected now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="902" />
        <source>Sending again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="962" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="288" />
        <source>Retry selected now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="291" />
        <source>Retry all now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="307" />
        <source>Registrations not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="555" />
        <source>Print now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="558" />
        <source>Cancel badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="880" />
        <source>Nothing to send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="499" />
        <location filename="../../kiosk/ui/screens/staff.py" line="921" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="944" />
        <source>That PIN is not right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="103" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="104" />
        <source>First or last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="123" />
        <source>Find an attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="136" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="146" />
        <source>Back to the results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="217" />
        <source>Found: %Ln. Tap the right person.</source>
        <translation><numerusform>Found: %Ln. Tap the right person.</numerusform><numerusform>Found: %Ln. Tap the right person.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="219" />
        <source>No one found. Try the first name or the last name instead, or fewer letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="163" />
        <source>‹ Done: back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="108" />
        <source>Clear the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="141" />
        <source>Reprint badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="194" />
        <source>Type at least two letters of a first or last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="199" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="227" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="256" />
        <source>This registration has no check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="262" />
        <source>The badge is being printed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="267" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="107" />
        <source>Still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117" />
        <source>Yes, I'm still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="119" />
        <source>Start over</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="158" />
        <source>Starting over in %Ln s</source>
        <translation><numerusform>Starting over in %Ln s</numerusform><numerusform>Starting over in %Ln s</numerusform></translation></message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="373" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>Date to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="260" />
        <source>Starting now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="263" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="271" />
        <source>Open for registration</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/delegates.py" line="663" />
        <location filename="../../kiosk/ui/delegates.py" line="969" />
        <location filename="../../kiosk/ui/text.py" line="304" />
        <source>%Ln seat(s) left</source>
        <translation><numerusform>%Ln seat left</numerusform><numerusform>%Ln seats left</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="274" />
        <source>Full – waitlist open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="150" />
        <source>%1 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="166" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="168" />
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="78" />
        <location filename="../../kiosk/ui/text.py" line="183" />
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="35" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="65" />
        <source>dddd d MMMM</source>
        <comment>a date format (Qt): weekday, day, month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="71" />
        <source>ddd d MMM</source>
        <comment>a date format (Qt): weekday, day, month, short</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="185" />
        <source>%1, %2 – %3</source>
        <comment>day, start time – end time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="188" />
        <source>%1, %2 – %3, %4</source>
        <comment>start day, time – end day, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="193" />
        <source>%1 %2</source>
        <comment>a date and time, then its time zone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="201" />
        <source>%1 – %2</source>
        <comment>a start time – an end time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="248" />
        <source>%1, %2</source>
        <comment>a building, a room in it</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="256" />
        <source>On now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="261" />
        <source>Starts in %Ln min</source>
        <translation><numerusform>Starts in %Ln min</numerusform><numerusform>Starts in %Ln min</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="276" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="278" />
        <source>Registration closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="280" />
        <source>Event has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="281" />
        <source>Register with a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="664" />
        <location filename="../../kiosk/ui/delegates.py" line="970" />
        <location filename="../../kiosk/ui/text.py" line="298" />
        <source>Fully booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="665" />
        <location filename="../../kiosk/ui/delegates.py" line="971" />
        <location filename="../../kiosk/ui/text.py" line="300" />
        <source>Full – waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="312" />
        <source>Registration for this event is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="314" />
        <source>This event is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="316" />
        <source>This event has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="318" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="327" />
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="328" />
        <source>Please shorten this to %Ln character(s) or fewer.</source>
        <translation><numerusform>Please shorten this to %Ln character or fewer.</numerusform><numerusform>Please shorten this to %Ln characters or fewer.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="334" />
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="330" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="332" />
        <source>Please choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="336" />
        <source>Please tick the box to agree before registering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="338" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="142" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="143" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="110" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="111" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="112" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="113" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="114" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="115" />
        <source>Submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="133" />
        <source>Any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="137" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="141" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="143" />
        <source>Stuck</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="145" />
        <source>Waiting (%Ln attempt(s))</source>
        <translation><numerusform>Waiting (%Ln attempt)</numerusform><numerusform>Waiting (%Ln attempts)</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="979" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="980" />
        <source>printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="981" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="982" />
        <source>refusing jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="983" />
        <source>needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="984" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="985" />
        <source>print system not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="986" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="987" />
        <source>checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="51" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
        <source>Checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="55" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="57" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="58" />
        <source>Registered, not checked in yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="429" />
        <source>Badge printing is switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="431" />
        <source>There is no print queue named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="434" />
        <source>The print system (CUPS) does not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="437" />
        <source>The printer is stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="438" />
        <source>The printer is stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="441" />
        <source>The printer refuses new jobs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="442" />
        <source>The printer refuses new jobs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="445" />
        <source>The printer is out of paper or labels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="447" />
        <source>The paper or labels are jammed in the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="449" />
        <source>A cover of the printer is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="451" />
        <source>The printer is offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="452" />
        <source>The printer reports a problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="458" />
        <source>The badge could not be printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="461" />
        <source>The badge template does not fit this paper: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="464" />
        <source>The print log cannot be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="466" />
        <source>Badge printing failed; see the kiosk's log.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>