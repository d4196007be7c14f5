<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="274" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="286" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="293" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="319" />
        <source>Please collect your badge from a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="320" />
        <source>Your badge is printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="399" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="552" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="166" />
        <source>Tap anywhere to continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="194" />
        <source>Checking your code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="203" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="204" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="230" />
        <source>Please see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="236" />
        <source>Welcome, %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="237" />
        <source>Welcome!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="242" />
        <source>You're checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="246" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="247" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="255" />
        <source>Already checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="256" />
        <source>Already checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="259" />
        <source>If that was not you, please see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="262" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="264" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="266" />
        <source>Not registered for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="268" />
        <source>This code is for another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="273" />
        <source>That is not a check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="274" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="278" />
        <source>Code not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="279" />
        <source>Please check the code, or see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="309" />
        <source>and %Ln more</source>
        <translation><numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="310" />
        <source>Your sessions today:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="53" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="93" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="126" />
        <source>Your registration is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="128" />
        <source>You are on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="91" />
        <source>You were already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="114" />
        <source>Your registration is saved on this kiosk and will be sent in a moment. Your confirmation e-mail follows once it has gone through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="119" />
        <source>You are on the waitlist. If a place becomes free, we will e-mail you. You do not need to check in until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>You are registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="122" />
        <source>See you there!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="135" />
        <source>Waitlisted for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="144" />
        <source>Your check-in code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="147" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="167" />
        <source>Back to the start in %Ln second(s)</source>
        <translation><numerusform>Back to the start in %Ln second</numerusform><numerusform>Back to the start in %Ln seconds</numerusform></translation></message>
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
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="280" />
        <source>‹ All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="297" />
        <source>Scan to open on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="300" />
        <location filename="../../kiosk/ui/screens/event.py" line="550" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="307" />
        <source>Back to all events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="362" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="363" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="364" />
        <source>Sponsors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="365" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="473" />
        <source>The agenda has not been published yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="494" />
        <source>‹ All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="506" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="594" />
        <source>No description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="642" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="674" />
        <source>%1 of %2 seats taken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/event.py" line="676" />
        <source>%1 of %2 seats taken · %Ln seat(s) left</source>
        <translation><numerusform>%1 of %2 seats taken · %Ln seat left</numerusform><numerusform>%1 of %2 seats taken · %Ln seats left</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="687" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="689" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="704" />
        <source>Wi-Fi available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="706" />
        <source>Wi-Fi available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="708" />
        <source>Step-free access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="710" />
        <source>Accessible toilets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="712" />
        <source>Accessible parking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="736" />
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="774" />
        <source>No sessions listed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="128" />
        <source>What's on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="131" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="134" />
        <source>Loading events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="159" />
        <source>Already registered? Scan your code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="191" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="198" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="150" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="417" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="433" />
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
        <location filename="../../kiosk/ui/language.py" line="82" />
        <source>Choose your language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/language.py" line="98" />
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
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="369" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="370" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="392" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="415" />
        <source>Choose your sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="446" />
        <source>Register me automatically if a place becomes free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="452" />
        <location filename="../../kiosk/ui/screens/register.py" line="775" />
        <location filename="../../kiosk/ui/screens/register.py" line="794" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="378" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="334" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="797" />
        <source>Next ›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="373" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="379" />
        <source>Last name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="399" />
        <source>Your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="400" />
        <source>E-mail *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="404" />
        <source>Your confirmation is sent there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="985" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="433" />
        <source>Check and register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="554" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="629" />
        <source>A few questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="746" />
        <source>Other sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="770" />
        <location filename="../../kiosk/ui/screens/register.py" line="794" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="772" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="868" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="926" />
        <source>Name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="930" />
        <source>E-mail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="956" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="965" />
        <source>No answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1090" />
        <source>Please answer this question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="946" />
        <source>Sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="945" />
        <source>No sessions chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1057" />
        <source>Please check the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1077" />
        <source>Please fill in your first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1079" />
        <source>Please fill in your last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1081" />
        <source>Please fill in your e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1089" />
        <source>Please choose an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1114" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="103" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="300" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="303" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="306" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="309" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="312" />
        <source>The registration was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="313" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="324" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="334" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="134" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="138" />
        <source>Scan your QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="256" />
        <source>Hold the code inside the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="151" />
        <source>Type your code instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="155" />
        <source>Find by name (staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="189" />
        <source>‹ Back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="192" />
        <source>Type your check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="195" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="200" />
        <source>Check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="217" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="270" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="271" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="324" />
        <source>A check-in code has 8 letters and digits. This one has %Ln.</source>
        <translation><numerusform>A check-in code has 8 letters and digits. This one has %Ln.</numerusform><numerusform>A check-in code has 8 letters and digits. This one has %Ln.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="329" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="227" />
        <source>%1 Check-ins go on; badges wait in the staff view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="262" />
        <source>Badge cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="217" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="224" />
        <source>Staff only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="236" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="245" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="286" />
        <source>Close the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="290" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="295" />
        <source>Close the kiosk?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="299" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="328" />
        <source>‹ Leave the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="341" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="345" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="366" />
        <source>Door: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="367" />
        <source>any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="368" />
        <source>whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="399" />
        <source>Badge preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="408" />
        <source>Badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="437" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="439" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="440" />
        <source>Enter the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="667" />
        <source>Tap a badge first, then Cancel badge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="591" />
        <source>Badge printer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="625" />
        <source>Badge %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="627" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="614" />
        <source>%Ln badge(s) waiting</source>
        <translation><numerusform>%Ln badge waiting</numerusform><numerusform>%Ln badges waiting</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="534" />
        <source>%Ln registration(s) waiting to be sent</source>
        <translation><numerusform>%Ln registration waiting to be sent</numerusform><numerusform>%Ln registrations waiting to be sent</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="536" />
        <source>%Ln registration(s) stuck</source>
        <translation><numerusform>%Ln registration stuck</numerusform><numerusform>%Ln registrations stuck</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="538" />
        <source>%Ln registration(s) refused by the server</source>
        <translation><numerusform>%Ln registration refused by the server</numerusform><numerusform>%Ln registrations refused by the server</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="558" />
        <source>%Ln registration(s) delivered.</source>
        <translation><numerusform>%Ln registration delivered.</numerusform><numerusform>%Ln registrations delivered.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="563" />
        <source>%Ln registration(s) refused again (see the reason).</source>
        <translation><numerusform>%Ln registration refused again (see the reason).</numerusform><numerusform>%Ln registrations refused again (see the reason).</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="589" />
        <source>Badge printer %1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="622" />
        <source>%1 %2</source>
        <comment>a person: first name, last name</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="628" />
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="659" />
        <source>Sending the waiting badges to the printer…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="687" />
        <source>Sending %Ln registration(s) again…</source>
        <translation><numerusform>Sending %Ln registration again…</numerusform><numerusform>Sending %Ln registrations again…</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="696" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="704" />
        <source>Tap a registration first, then Retry selected now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>Sending again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="771" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="262" />
        <source>Retry selected now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="265" />
        <source>Retry all now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="274" />
        <source>Registrations not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="392" />
        <source>Print now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="395" />
        <source>Cancel badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="689" />
        <source>Nothing to send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="730" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="753" />
        <source>That PIN is not right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="102" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="103" />
        <source>First or last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="120" />
        <source>Find an attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="133" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="143" />
        <source>Back to the results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="214" />
        <source>Found: %Ln. Tap the right person.</source>
        <translation><numerusform>Found: %Ln. Tap the right person.</numerusform><numerusform>Found: %Ln. Tap the right person.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="216" />
        <source>No one found. Try the first name or the last name instead, or fewer letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="160" />
        <source>‹ Done: back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="138" />
        <source>Reprint badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="191" />
        <source>Type at least two letters of a first or last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="196" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="224" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="253" />
        <source>This registration has no check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="259" />
        <source>The badge is being printed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="264" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="106" />
        <source>Still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="112" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="116" />
        <source>Yes, I'm still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="118" />
        <source>Start over</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="156" />
        <source>Starting over in %Ln s</source>
        <translation><numerusform>Starting over in %Ln s</numerusform><numerusform>Starting over in %Ln s</numerusform></translation></message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="234" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="170" />
        <source>Date to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="251" />
        <source>Starting now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="254" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="262" />
        <source>Open for registration</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/delegates.py" line="532" />
        <location filename="../../kiosk/ui/text.py" line="295" />
        <source>%Ln seat(s) left</source>
        <translation><numerusform>%Ln seat left</numerusform><numerusform>%Ln seats left</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="265" />
        <source>Full – waitlist open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="141" />
        <source>%1 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="157" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="159" />
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="69" />
        <location filename="../../kiosk/ui/text.py" line="174" />
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="56" />
        <source>dddd d MMMM</source>
        <comment>a date format (Qt): weekday, day, month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="62" />
        <source>ddd d MMM</source>
        <comment>a date format (Qt): weekday, day, month, short</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="176" />
        <source>%1, %2 – %3</source>
        <comment>day, start time – end time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>%1, %2 – %3, %4</source>
        <comment>start day, time – end day, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="184" />
        <source>%1 %2</source>
        <comment>a date and time, then its time zone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="192" />
        <source>%1 – %2</source>
        <comment>a start time – an end time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="239" />
        <source>%1, %2</source>
        <comment>a building, a room in it</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="247" />
        <source>On now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="252" />
        <source>Starts in %Ln min</source>
        <translation><numerusform>Starts in %Ln min</numerusform><numerusform>Starts in %Ln min</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="267" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="269" />
        <source>Registration closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="271" />
        <source>Event has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="272" />
        <source>Register with a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="533" />
        <location filename="../../kiosk/ui/text.py" line="289" />
        <source>Fully booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="534" />
        <location filename="../../kiosk/ui/text.py" line="291" />
        <source>Full – waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="303" />
        <source>Registration for this event is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="305" />
        <source>This event is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="307" />
        <source>This event has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="309" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="318" />
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="319" />
        <source>Please shorten this to %Ln character(s) or fewer.</source>
        <translation><numerusform>Please shorten this to %Ln character or fewer.</numerusform><numerusform>Please shorten this to %Ln characters or fewer.</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="325" />
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="321" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="323" />
        <source>Please choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="327" />
        <source>Please tick the box to agree before registering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="329" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="119" />
        <location filename="../../kiosk/ui/screens/register.py" line="200" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="120" />
        <location filename="../../kiosk/ui/screens/register.py" line="200" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="102" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="103" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="104" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="105" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="106" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="107" />
        <source>Submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="125" />
        <source>Any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="129" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="133" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="135" />
        <source>Stuck</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="137" />
        <source>Waiting (%Ln attempt(s))</source>
        <translation><numerusform>Waiting (%Ln attempt)</numerusform><numerusform>Waiting (%Ln attempts)</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="788" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="789" />
        <source>printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="790" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="791" />
        <source>refusing jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="792" />
        <source>needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="793" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="794" />
        <source>print system not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="795" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="796" />
        <source>checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="50" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="52" />
        <source>Checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="54" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="56" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="57" />
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