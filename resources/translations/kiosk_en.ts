<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="273" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="284" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="289" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="316" />
        <source>Please collect your badge from a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="317" />
        <source>Your badge is printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="395" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="547" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="159" />
        <source>Tap anywhere to continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="187" />
        <source>Checking your code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="196" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="197" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="218" />
        <source>Please see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="221" />
        <source>Welcome, %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="221" />
        <source>Welcome!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="223" />
        <source>You're checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="226" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="227" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="231" />
        <source>Already checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="233" />
        <source>Already checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="236" />
        <source>If that was not you, please see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="238" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="240" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="242" />
        <source>Not registered for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="244" />
        <source>This code is for another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="249" />
        <source>That is not a check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="250" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="254" />
        <source>Code not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="255" />
        <source>Please check the code, or see a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="276" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="277" />
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
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Back to the start in %n second</numerusform>
            <numerusform>Back to the start in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/door.py" line="162" />
        <source>The door's event was changed, but it could not be saved on this kiosk: after a restart the settings file's event applies. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="56" />
        <source>‹ Back to the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="60" />
        <source>Use the settings file's choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="68" />
        <source>Which event is this door for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="74" />
        <source>‹ Other events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="115" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="128" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="149" />
        <location filename="../../kiosk/ui/screens/door.py" line="198" />
        <source>Whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="168" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="170" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="195" />
        <source>The agenda cannot be loaded right now; the whole event can be chosen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="258" />
        <source>‹ All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="274" />
        <source>Scan to open on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="276" />
        <location filename="../../kiosk/ui/screens/event.py" line="517" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="282" />
        <source>Back to all events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="337" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="338" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="339" />
        <source>Sponsors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="340" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="444" />
        <source>The agenda has not been published yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="464" />
        <source>‹ All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="475" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="560" />
        <source>No description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="609" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="637" />
        <source>%1 of %2 seats taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="650" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="652" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="666" />
        <source>Wi-Fi available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="671" />
        <source>Step-free access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="673" />
        <source>Accessible toilets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="675" />
        <source>Accessible parking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="694" />
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="729" />
        <source>No sessions listed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="124" />
        <source>What's on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="125" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="127" />
        <source>Loading events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="150" />
        <source>Already registered? Scan your code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="181" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="188" />
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
        <location filename="../../kiosk/ui/window.py" line="412" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="428" />
        <source>%n registration(s) waiting to be sent, the oldest for %1 min</source>
        <translation>
            <numerusform>%n registration waiting to be sent, the oldest for %1 min</numerusform>
            <numerusform>%n registrations waiting to be sent, the oldest for %1 min</numerusform>
        </translation>
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
        <location filename="../../kiosk/ui/screens/register.py" line="363" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="364" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="385" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="406" />
        <source>Choose your sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="435" />
        <source>Register me automatically if a place becomes free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="440" />
        <location filename="../../kiosk/ui/screens/register.py" line="751" />
        <location filename="../../kiosk/ui/screens/register.py" line="769" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="372" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="329" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="338" />
        <source>Next ›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="367" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="373" />
        <source>Last name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="392" />
        <source>Your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="393" />
        <source>E-mail *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="396" />
        <source>Your confirmation is sent there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="932" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="423" />
        <source>Check and register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="537" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="612" />
        <source>A few questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="665" />
        <source>Other sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="744" />
        <location filename="../../kiosk/ui/screens/register.py" line="769" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="746" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="833" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="891" />
        <source>Name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="892" />
        <source>E-mail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="899" />
        <source>No answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="909" />
        <source>Sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="910" />
        <source>No sessions chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="935" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="983" />
        <source>your first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="985" />
        <source>your last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1006" />
        <source>Please check the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1024" />
        <source>Please choose an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1025" />
        <source>this answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1047" />
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
        <location filename="../../kiosk/ui/screens/scan.py" line="130" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="133" />
        <source>Scan your QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="244" />
        <source>Hold the code inside the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="145" />
        <source>Type your code instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="148" />
        <source>Find by name (staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="179" />
        <source>‹ Back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="181" />
        <source>Type your check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="183" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="189" />
        <source>Check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="205" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="256" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="258" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="310" />
        <source>A check-in code has 8 letters and digits. This one has %n.</source>
        <translation>
            <numerusform>A check-in code has 8 letters and digits. This one has %n.</numerusform>
            <numerusform>A check-in code has 8 letters and digits. This one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="315" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="224" />
        <source>Badge printer: %1 – check-ins go on; badges wait in the staff view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="257" />
        <source>Badge cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="216" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="222" />
        <source>Staff only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="233" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="242" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="278" />
        <source>Close the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="281" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="285" />
        <source>Close the kiosk?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="288" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="317" />
        <source>‹ Leave the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="329" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="332" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="353" />
        <source>Door: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="354" />
        <source>any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="355" />
        <source>whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="384" />
        <source>Badge preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="392" />
        <source>Badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="418" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="420" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="422" />
        <source>Enter the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="529" />
        <source>Delivered: %n.</source>
        <translation>
            <numerusform>Delivered: %n.</numerusform>
            <numerusform>Delivered: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="531" />
        <source>Refused again: %n (see the reason).</source>
        <translation>
            <numerusform>Refused again: %n (see the reason).</numerusform>
            <numerusform>Refused again: %n (see the reason).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="550" />
        <source>Badge printer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="572" />
        <source>Badge %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="574" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="580" />
        <source>%n badge(s) waiting</source>
        <translation>
            <numerusform>%n badge waiting</numerusform>
            <numerusform>%n badges waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="601" />
        <source>Sending the waiting badges to the printer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="608" />
        <source>Tap a badge first, then Cancel.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="627" />
        <source>Sending %n registration(s) again…</source>
        <translation>
            <numerusform>Sending %n registration again…</numerusform>
            <numerusform>Sending %n registrations again…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="636" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="651" />
        <source>Sending again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="258" />
        <source>Retry selected now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="260" />
        <source>Retry all now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="268" />
        <source>Registrations not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="378" />
        <source>Print now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="380" />
        <source>Cancel badge</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="511" />
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="513" />
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="514" />
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="629" />
        <source>Nothing to send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="644" />
        <source>Tap a registration first, then Retry selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="670" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="693" />
        <source>That PIN is not right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="94" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="95" />
        <source>First or last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="111" />
        <source>Find an attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="122" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="130" />
        <source>Back to the results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="195" />
        <source>Found: %n. Tap the right person.</source>
        <translation>
            <numerusform>Found: %n. Tap the right person.</numerusform>
            <numerusform>Found: %n. Tap the right person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="146" />
        <source>‹ Done: back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="126" />
        <source>Reprint badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="166" />
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="183" />
        <source>Type at least two letters of a first or last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="179" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="197" />
        <source>No one found. Try the other name, or fewer letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="203" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="216" />
        <source>This registration has no check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="223" />
        <source>The badge is being printed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="228" />
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
        <location filename="../../kiosk/ui/idle.py" line="111" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="116" />
        <source>Yes, I'm still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117" />
        <source>Start over</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="172" />
        <source>Starting over in %n s</source>
        <translation>
            <numerusform>Starting over in %n s</numerusform>
            <numerusform>Starting over in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="234" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="145" />
        <source>Date to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="222" />
        <source>Starting now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="225" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="233" />
        <source>Open for registration</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="266" />
        <location filename="../../kiosk/ui/delegates.py" line="513" />
        <source>%n seat(s) left</source>
        <translation><numerusform>%n seat left</numerusform><numerusform>%n seats left</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="236" />
        <source>Full – waitlist open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="116" />
        <source>%1 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="132" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="134" />
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="218" />
        <source>On now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="223" />
        <source>Starts in %n min</source>
        <translation><numerusform>Starts in %n min</numerusform><numerusform>Starts in %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="238" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="240" />
        <source>Registration closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="242" />
        <source>Event has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="243" />
        <source>Register with a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="260" />
        <location filename="../../kiosk/ui/delegates.py" line="514" />
        <source>Fully booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="262" />
        <location filename="../../kiosk/ui/delegates.py" line="515" />
        <source>Full – waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="274" />
        <source>Registration for this event is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="276" />
        <source>This event is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="278" />
        <source>This event has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="280" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="287" />
        <source>Please fill in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="290" />
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="291" />
        <source>Please shorten this to %n character(s) or fewer.</source>
        <translation><numerusform>Please shorten this to %n character or fewer.</numerusform><numerusform>Please shorten this to %n characters or fewer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="297" />
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="293" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="295" />
        <source>Please choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="299" />
        <source>Please tick the box to agree before registering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="301" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="117" />
        <location filename="../../kiosk/ui/screens/register.py" line="196" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="118" />
        <location filename="../../kiosk/ui/screens/register.py" line="196" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="101" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="102" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="103" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="104" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="105" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="106" />
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
        <source>Waiting (%n attempt(s))</source>
        <translation><numerusform>Waiting (%n attempt)</numerusform><numerusform>Waiting (%n attempts)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="731" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="732" />
        <source>printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="733" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="734" />
        <source>refusing jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="735" />
        <source>needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="736" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="737" />
        <source>print system not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="738" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="739" />
        <source>checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="49" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="51" />
        <source>Checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="55" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="56" />
        <source>Registered, not checked in yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="426" />
        <source>Badge printing is switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="428" />
        <source>There is no print queue named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="431" />
        <source>The print system (CUPS) does not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="434" />
        <source>The printer is stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="435" />
        <source>The printer is stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="438" />
        <source>The printer refuses new jobs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="439" />
        <source>The printer refuses new jobs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="442" />
        <source>The printer is out of paper or labels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="444" />
        <source>The paper or labels are jammed in the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="446" />
        <source>A cover of the printer is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="448" />
        <source>The printer is offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="449" />
        <source>The printer reports a problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="455" />
        <source>The badge could not be printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="458" />
        <source>The badge template does not fit this paper: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="461" />
        <source>The print log cannot be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="463" />
        <source>Badge printing failed; see the kiosk's log.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>