<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="225" />
        <source>The agenda cannot be loaded right now. Please try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="240" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="251" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="256" />
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
        <location filename="../../kiosk/ui/screens/confirmation.py" line="49" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="88" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="103" />
        <source>Your registration is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="106" />
        <source>The connection is down right now. Your registration is saved on this kiosk and will be sent automatically. You will get a confirmation e-mail once it has gone through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="112" />
        <source>You are on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="114" />
        <source>We will e-mail you if a place becomes free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="87" />
        <source>You were already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="117" />
        <source>You are registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="118" />
        <source>See you there!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="123" />
        <source>Waitlisted for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>Your check-in code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="134" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="152" />
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
        <location filename="../../kiosk/ui/screens/door.py" line="57" />
        <source>‹ Back to the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="61" />
        <source>Use the settings file's choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="71" />
        <source>Which event is this door for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="77" />
        <source>‹ Other events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="120" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="133" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="154" />
        <location filename="../../kiosk/ui/screens/door.py" line="203" />
        <source>Whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="173" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="175" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="200" />
        <source>The agenda cannot be loaded right now; the whole event can be chosen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="105" />
        <source>‹ All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="120" />
        <source>Scan to open on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="123" />
        <source>Loading the agenda…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="160" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="161" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="162" />
        <source>Sponsors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="163" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="200" />
        <source>The agenda has not been published yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="217" />
        <source>‹ All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="228" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="275" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="303" />
        <source>No description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="329" />
        <source>%1 of %2 seats taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="340" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="342" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="356" />
        <source>Wi-Fi available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="361" />
        <source>Step-free access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="363" />
        <source>Accessible toilets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="365" />
        <source>Accessible parking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="382" />
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="417" />
        <source>No sessions listed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="75" />
        <source>What's on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="76" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="78" />
        <source>Loading events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="101" />
        <source>Already registered? Scan your code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="145" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="152" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="122" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="346" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="362" />
        <source>%n registration(s) waiting to be sent</source>
        <translation>
            <numerusform>%n registration waiting to be sent</numerusform>
            <numerusform>%n registrations waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="364" />
        <source>oldest %n min</source>
        <translation>
            <numerusform>oldest %n min</numerusform>
            <numerusform>oldest %n min</numerusform>
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
        <location filename="../../kiosk/ui/screens/register.py" line="196" />
        <source>‹ Back to the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="202" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="203" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="204" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="218" />
        <source>Choose your sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="220" />
        <source>Optional. Full sessions put you on their waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="234" />
        <source>Register me automatically if a place becomes free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="242" />
        <location filename="../../kiosk/ui/screens/register.py" line="409" />
        <location filename="../../kiosk/ui/screens/register.py" line="411" />
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="253" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="254" />
        <source>Last name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="255" />
        <source>E-mail *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="401" />
        <location filename="../../kiosk/ui/screens/register.py" line="407" />
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Join the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="403" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="444" />
        <source>your first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="446" />
        <source>your last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="448" />
        <source>your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="478" />
        <source>Please choose an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="479" />
        <source>this answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="466" />
        <source>Please check the fields marked above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="494" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="77" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="207" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="210" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="213" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="216" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="219" />
        <source>The registration was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="220" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="228" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="238" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="113" />
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="116" />
        <source>Scan your QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="230" />
        <source>Hold the code inside the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="128" />
        <source>Type your code instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="131" />
        <source>Find by name (staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="165" />
        <source>‹ Back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="167" />
        <source>Type your check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="169" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="175" />
        <source>Check-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="192" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="242" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="244" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="296" />
        <source>A check-in code has 8 letters and digits. This one has %n.</source>
        <translation>
            <numerusform>A check-in code has 8 letters and digits. This one has %n.</numerusform>
            <numerusform>A check-in code has 8 letters and digits. This one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="301" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="203" />
        <source>Badge printer: %1 – check-ins go on; badges wait in the staff view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="236" />
        <source>Badge cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="214" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="217" />
        <source>Staff only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="228" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="265" />
        <source>Close the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="268" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="271" />
        <source>Close the kiosk?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="274" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="303" />
        <source>‹ Leave the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="315" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="318" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="339" />
        <source>Door: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="340" />
        <source>any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="341" />
        <source>whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="370" />
        <source>Badge preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="378" />
        <source>Badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="404" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="406" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="408" />
        <source>Enter the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="493" />
        <source>Badge printer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="515" />
        <source>Badge %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="517" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>%n badge(s) waiting</source>
        <translation>
            <numerusform>%n badge waiting</numerusform>
            <numerusform>%n badges waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="544" />
        <source>Sending the waiting badges to the printer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="551" />
        <source>Tap a badge first, then Cancel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="630" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="246" />
        <source>Retry selected now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="248" />
        <source>Retry all now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="256" />
        <source>Registrations not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="364" />
        <source>Print now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="366" />
        <source>Cancel badge</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="475" />
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="477" />
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="478" />
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="567" />
        <source>Sent again: %n registration(s)</source>
        <translation>
            <numerusform>Sent again: %n registration</numerusform>
            <numerusform>Sent again: %n registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="569" />
        <source>Nothing to send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="578" />
        <source>Tap a registration first, then Retry selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="591" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="614" />
        <source>That PIN is not right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="91" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="92" />
        <source>First or last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="110" />
        <source>Find an attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="121" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="128" />
        <source>Back to the results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="197" />
        <source>Found: %n. Tap the right person.</source>
        <translation>
            <numerusform>Found: %n. Tap the right person.</numerusform>
            <numerusform>Found: %n. Tap the right person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="148" />
        <source>‹ Done: back to scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="124" />
        <source>Reprint badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="168" />
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="185" />
        <source>Type at least two letters of a first or last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="181" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="199" />
        <source>No one found. Try the other name, or fewer letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="205" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="218" />
        <source>This registration has no check-in code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="225" />
        <source>The badge is being printed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="230" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="212" />
        <source>Time to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="52" />
        <source>Date to be announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="94" />
        <source>Happening now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="98" />
        <source>Starting now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="99" />
        <source>Starts in %n minute(s)</source>
        <translation><numerusform>Starts in %n minute</numerusform><numerusform>Starts in %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="101" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="103" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="111" />
        <source>Open for registration</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="144" />
        <source>%n seat(s) left</source>
        <translation><numerusform>%n seat left</numerusform><numerusform>%n seats left</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="114" />
        <source>Full – waitlist open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="116" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="118" />
        <source>Registration closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="120" />
        <source>Event has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="121" />
        <source>Register with a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="138" />
        <source>Fully booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="140" />
        <source>Full – waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="152" />
        <source>Registration for this event is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="154" />
        <source>This event is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="156" />
        <source>This event has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="158" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="165" />
        <source>Please fill in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="168" />
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="169" />
        <source>Please shorten this to %n character(s) or fewer.</source>
        <translation><numerusform>Please shorten this to %n character or fewer.</numerusform><numerusform>Please shorten this to %n characters or fewer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="175" />
        <source>This contains characters that cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="171" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="173" />
        <source>Please choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="177" />
        <source>Please tick the box to agree before registering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="83" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="84" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="100" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="101" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="102" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="103" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="104" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="105" />
        <source>Submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="124" />
        <source>Any event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="128" />
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="132" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="134" />
        <source>Stuck</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="136" />
        <source>Waiting (%n attempt(s))</source>
        <translation><numerusform>Waiting (%n attempt)</numerusform><numerusform>Waiting (%n attempts)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="650" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="651" />
        <source>printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="652" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="653" />
        <source>refusing jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="654" />
        <source>needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="655" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="656" />
        <source>print system not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="657" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="658" />
        <source>checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="46" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="48" />
        <source>Checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="50" />
        <source>On the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="52" />
        <source>Payment not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
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