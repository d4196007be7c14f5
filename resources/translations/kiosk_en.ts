<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="213" />
        <source>The agenda cannot be loaded right now. Please try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="228" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="239" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="244" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
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
        <location filename="../../kiosk/ui/screens/events.py" line="57" />
        <source>What's on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="58" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="60" />
        <source>Loading events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="97" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="104" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="77" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="236" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="252" />
        <source>%n registration(s) waiting to be sent</source>
        <translation>
            <numerusform>%n registration waiting to be sent</numerusform>
            <numerusform>%n registrations waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="254" />
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
        <location filename="../../kiosk/ui/flows/registration.py" line="70" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="176" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="179" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="182" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="185" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="188" />
        <source>The registration was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="189" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="197" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="207" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="187" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="190" />
        <source>Staff only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="201" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="235" />
        <source>Close the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="238" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="241" />
        <source>Close the kiosk?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="244" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="266" />
        <source>‹ Leave the staff view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="282" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="284" />
        <source>Enter the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="414" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="218" />
        <source>Retry selected now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="220" />
        <source>Retry all now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="227" />
        <source>Registrations not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="339" />
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="341" />
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="342" />
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="351" />
        <source>Sent again: %n registration(s)</source>
        <translation>
            <numerusform>Sent again: %n registration</numerusform>
            <numerusform>Sent again: %n registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="353" />
        <source>Nothing to send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="362" />
        <source>Tap a registration first, then Retry selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="375" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="398" />
        <source>That PIN is not right.</source>
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
        <location filename="../../kiosk/ui/screens/staff.py" line="93" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="94" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="95" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="96" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="97" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="98" />
        <source>Submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="119" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="121" />
        <source>Stuck</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="123" />
        <source>Waiting (%n attempt(s))</source>
        <translation><numerusform>Waiting (%n attempt)</numerusform><numerusform>Waiting (%n attempts)</numerusform></translation>
    </message>
</context>
</TS>