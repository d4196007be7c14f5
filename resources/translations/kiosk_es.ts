<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="391" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation>La API de eventos no acepta la configuración de este quiosco (%1). Las nuevas inscripciones se guardan en este quiosco. Personal: revise el token y el origen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="403" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation>Sin conexión: se muestra la información de las %1. Las nuevas inscripciones se guardan en este quiosco y se envían automáticamente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="410" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation>No se puede cargar la información del evento en este momento. Por favor, diríjase a un miembro del personal.</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="336" />
        <source>Seats taken</source>
        <translation>Plazas ocupadas</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="371" />
        <source>Please collect your badge from a staff member.</source>
        <translation>Por favor, pida su credencial a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="372" />
        <source>Your badge is printing.</source>
        <translation>Se está imprimiendo su credencial.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="451" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation>Este quiosco no puede guardar registros de entrada en este momento. Personal: revise la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="624" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation>El servidor de eventos no acepta el token de personal de este quiosco (%1). El registro de entrada sigue funcionando, pero sin la lista sin conexión ni la búsqueda por nombre. Personal: revise el token de personal.</translation>
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="167" />
        <source>Tap anywhere to continue</source>
        <translation>Toque en cualquier lugar para continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="195" />
        <source>Checking your code…</source>
        <translation>Comprobando su código…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="204" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation>Lo sentimos, este quiosco no puede registrar su entrada en este momento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="205" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="231" />
        <source>Please see a staff member.</source>
        <translation>Por favor, diríjase a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="237" />
        <source>Welcome, %1!</source>
        <translation>¡Le damos la bienvenida, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="238" />
        <source>Welcome!</source>
        <translation>¡Le damos la bienvenida!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="243" />
        <source>You're checked in</source>
        <translation>Su entrada está registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="247" />
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="248" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation>Lo confirmaremos en cuanto vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="256" />
        <source>Already checked in</source>
        <translation>Entrada ya registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="257" />
        <source>Already checked in at %1</source>
        <translation>Entrada ya registrada a las %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="260" />
        <source>If that was not you, please see a staff member.</source>
        <translation>Si no fue usted, diríjase a un miembro del personal, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="263" />
        <source>On the waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="265" />
        <source>Payment not completed</source>
        <translation>Pago no completado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="267" />
        <source>Not registered for this session</source>
        <translation>Sin inscripción en esta sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="269" />
        <source>This code is for another event</source>
        <translation>Este código es de otro evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="274" />
        <source>That is not a check-in code</source>
        <translation>Esto no es un código de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="275" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation>Por favor, escanee el código QR de su correo de confirmación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="279" />
        <source>Code not recognised</source>
        <translation>Código no reconocido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="280" />
        <source>Please check the code, or see a staff member.</source>
        <translation>Por favor, revise el código o diríjase a un miembro del personal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="310" />
        <source>and %Ln more</source>
        <translation><numerusform>y %Ln más</numerusform><numerusform>y %Ln más</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="311" />
        <source>Your sessions today:</source>
        <translation>Sus sesiones de hoy:</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="58" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="97" />
        <source>You were already registered</source>
        <translation>Ya se había inscrito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="99" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation>Su código de entrada está en su correo de confirmación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="133" />
        <source>Your registration is saved</source>
        <translation>Su inscripción está guardada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="121" />
        <source>Your registration is saved on this kiosk and will be sent in a moment. Your confirmation e-mail follows once it has gone through.</source>
        <translation>Su inscripción está guardada en este quiosco y se enviará en un momento. Recibirá el correo de confirmación cuando se haya procesado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="135" />
        <source>You are on the waitlist</source>
        <translation>Está en la lista de espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="126" />
        <source>You are on the waitlist. If a place becomes free, we will e-mail you. You do not need to check in until then.</source>
        <translation>Está en la lista de espera. Si queda una plaza libre, le avisaremos por correo electrónico. Hasta entonces no necesita registrar su entrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="136" />
        <source>You are registered</source>
        <translation>Inscripción confirmada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>See you there!</source>
        <translation>¡Nos vemos allí!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="45" />
        <source>Your check-in code as a QR code</source>
        <translation>Su código de entrada en formato QR</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="142" />
        <source>Waitlisted for: %1</source>
        <translation>En lista de espera para: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="151" />
        <location filename="../../kiosk/ui/screens/confirmation.py" line="153" />
        <source>Your check-in code: %1</source>
        <translation>Su código de entrada: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="156" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation>Su correo de confirmación incluye su código de entrada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="183" />
        <source>Back to the start in %Ln second(s)</source>
        <translation><numerusform>Volviendo al inicio en %Ln segundo</numerusform><numerusform>Volviendo al inicio en %Ln segundos</numerusform></translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="149" />
        <source>Enter the staff PIN to open the desk.</source>
        <translation>Introduzca el PIN del personal para abrir el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="220" />
        <source>Enter the staff PIN to leave desk mode.</source>
        <translation>Introduzca el PIN del personal para salir del modo mostrador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="258" />
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
                <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %Ln segundo.</numerusform>
                <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %Ln segundos.</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="260" />
        <location filename="../../kiosk/ui/flows/desk.py" line="266" />
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="317" />
        <source>Registration is not possible for this event.</source>
        <translation>No es posible inscribirse en este evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="319" />
        <source>%1 is full: new registrations go on the waitlist.</source>
        <translation>%1 está completo: las nuevas inscripciones van a la lista de espera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="321" />
        <source>Registering for %1.</source>
        <translation>Inscripciones para %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="335" />
        <source>Choose the event first.</source>
        <translation>Elija primero el evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="347" />
        <location filename="../../kiosk/ui/flows/desk.py" line="400" />
        <source>%1 was not registered: %2</source>
        <translation>%1 no se ha inscrito: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="354" />
        <source>%1: registering…</source>
        <translation>%1: inscribiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="383" />
        <location filename="../../kiosk/ui/flows/desk.py" line="415" />
        <source>%1 is saved at this desk and queued for delivery.</source>
        <translation>%1 está guardado en este mostrador y pendiente de envío.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="411" />
        <source>%1 was already registered for %2.</source>
        <translation>%1 ya estaba inscrito en %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="417" />
        <source>%1 is on the waitlist for %2.</source>
        <translation>%1 está en la lista de espera de %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="422" />
        <source>%1 is registered for %2, on the waitlist for %Ln session(s).</source>
        <translation>
                <numerusform>%1 está inscrito en %2, en lista de espera para %Ln sesión.</numerusform>
                <numerusform>%1 está inscrito en %2, en lista de espera para %Ln sesiones.</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="424" />
        <source>%1 is registered for %2.</source>
        <translation>%1 está inscrito en %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="430" />
        <source>the event is full.</source>
        <translation>el evento está completo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="432" />
        <source>a chosen session is full.</source>
        <translation>una sesión elegida está completa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="434" />
        <source>registration for this event has closed.</source>
        <translation>la inscripción para este evento está cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="436" />
        <location filename="../../kiosk/ui/flows/desk.py" line="543" />
        <source>the server did not accept it.</source>
        <translation>el servidor no la aceptó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="445" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Este quiosco no puede guardar inscripciones ahora mismo. Personal: revisen la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="455" />
        <source>%1 could not be saved. Nothing is lost: the details are back in the form.</source>
        <translation>No se pudo guardar a %1. No se pierde nada: los datos vuelven a estar en el formulario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="529" />
        <source>%Ln registration(s) today</source>
        <translation>
                <numerusform>%Ln inscripción hoy</numerusform>
                <numerusform>%Ln inscripciones hoy</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="531" />
        <source>(the latest %Ln shown)</source>
        <translation>
                <numerusform>(se muestra la última %Ln)</numerusform>
                <numerusform>(se muestran las últimas %Ln)</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="539" />
        <source>Stuck: %1</source>
        <translation>Atascada: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="540" />
        <source>Queued to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="552" />
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="553" />
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="542" />
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="547" />
        <source>Already registered</source>
        <translation>Ya inscrito</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="133" />
        <location filename="../../kiosk/ui/screens/desk.py" line="170" />
        <source>Staff desk</source>
        <translation>Mostrador de inscripción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="139" />
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="145" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="148" />
        <source>Stay at the desk</source>
        <translation>Quedarse en el mostrador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="173" />
        <source>Choose the event…</source>
        <translation>Elegir el evento…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="174" />
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="184" />
        <source>Find attendee</source>
        <translation>Buscar asistente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="187" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="190" />
        <source>Leave desk mode</source>
        <translation>Salir del modo mostrador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="204" />
        <location filename="../../kiosk/ui/screens/desk.py" line="209" />
        <location filename="../../kiosk/ui/screens/desk.py" line="619" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="205" />
        <location filename="../../kiosk/ui/screens/desk.py" line="210" />
        <location filename="../../kiosk/ui/screens/desk.py" line="620" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="206" />
        <location filename="../../kiosk/ui/screens/desk.py" line="211" />
        <location filename="../../kiosk/ui/screens/desk.py" line="621" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="218" />
        <location filename="../../kiosk/ui/screens/desk.py" line="222" />
        <location filename="../../kiosk/ui/screens/desk.py" line="622" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="232" />
        <source>Register (Enter)</source>
        <translation>Inscribir (Intro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="255" />
        <location filename="../../kiosk/ui/screens/desk.py" line="262" />
        <source>Registered here today</source>
        <translation>Inscritos aquí hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="275" />
        <source>Reprint badge</source>
        <translation>Reimprimir acreditación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="623" />
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="635" />
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="637" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="693" />
        <source>The badge is being printed again.</source>
        <translation>La acreditación se está imprimiendo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DoorFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/door.py" line="163" />
        <source>The door's event was changed, but it could not be saved on this kiosk: after a restart the settings file's event applies. Staff: check the data folder.</source>
        <translation>Se cambió el evento de la puerta, pero no se pudo guardar en este quiosco: tras un reinicio se aplicará el evento del archivo de configuración. Personal: revise la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="60" />
        <source>‹ Back to the staff view</source>
        <translation>‹ Volver a la vista del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="65" />
        <source>Use the settings file's choice</source>
        <translation>Usar la opción del archivo de configuración</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="74" />
        <source>Which event is this door for?</source>
        <translation>¿Para qué evento es esta puerta?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="82" />
        <source>‹ Other events</source>
        <translation>‹ Otros eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="128" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation>Aún no se conoce ningún evento. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="141" />
        <source>Loading the agenda…</source>
        <translation>Cargando el programa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="162" />
        <location filename="../../kiosk/ui/screens/door.py" line="222" />
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="183" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="186" />
        <source>Time to be announced</source>
        <translation>Hora por confirmar</translation>
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
        <translation>No se puede cargar el programa en este momento; se puede elegir todo el evento.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="219" />
        <source>Checking seats…</source>
        <translation>Comprobando plazas…</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="283" />
        <source>‹ All events</source>
        <translation>‹ Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="299" />
        <source>QR code of this event's web page</source>
        <translation>Código QR de la página web de este evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="300" />
        <location filename="../../kiosk/ui/screens/event.py" line="302" />
        <source>Scan to open on your phone</source>
        <translation>Escanee para abrirlo en su teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="305" />
        <location filename="../../kiosk/ui/screens/event.py" line="561" />
        <source>Loading the agenda…</source>
        <translation>Cargando el programa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="312" />
        <source>Back to all events</source>
        <translation>Volver a todos los eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="367" />
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="368" />
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="369" />
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="370" />
        <source>About</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="484" />
        <source>The agenda has not been published yet.</source>
        <translation>El programa aún no se ha publicado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="505" />
        <source>‹ All speakers</source>
        <translation>‹ Todos los ponentes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="517" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="605" />
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="654" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation>No se pueden cargar el programa ni la inscripción de este evento en este momento. Vuelva a intentarlo en unos minutos o diríjase a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="686" />
        <source>%1 of %2 seats taken</source>
        <translation>%1 de %2 plazas ocupadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/event.py" line="688" />
        <source>%1 of %2 seats taken · %Ln seat(s) left</source>
        <translation><numerusform>%1 de %2 plazas ocupadas · queda %Ln plaza</numerusform><numerusform>%1 de %2 plazas ocupadas · quedan %Ln plazas</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="700" />
        <source>Register</source>
        <translation>Inscribirse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="702" />
        <source>Join the waitlist</source>
        <translation>Unirse a la lista de espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="717" />
        <source>Wi-Fi available: %1</source>
        <translation>Wi-Fi disponible: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="719" />
        <source>Wi-Fi available</source>
        <translation>Wi-Fi disponible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="721" />
        <source>Step-free access</source>
        <translation>Acceso sin escalones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="723" />
        <source>Accessible toilets</source>
        <translation>Baños accesibles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="725" />
        <source>Accessible parking</source>
        <translation>Estacionamiento accesible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="759" />
        <source>All tracks</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="798" />
        <source>No sessions listed.</source>
        <translation>No hay sesiones en la lista.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="147" />
        <source>What's on</source>
        <translation>Nuestros eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="150" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation>Toque un evento para ver su programa o para inscribirse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="153" />
        <source>Loading events…</source>
        <translation>Cargando los eventos…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="190" />
        <source>Already registered? Scan your code</source>
        <translation>¿Ya se ha inscrito? Escanee su código</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="307" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation>No hay eventos publicados en este momento. Por favor, diríjase a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="314" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation>No se puede cargar la lista de eventos en este momento. Por favor, diríjase a un miembro del personal.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="181" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="622" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Este quiosco no puede guardar inscripciones en este momento. Personal: revise la carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="655" />
        <source>%Ln registration(s) waiting to be sent, the oldest for %1 min</source>
        <translation><numerusform>%Ln inscripción pendiente de envío desde hace %1 min</numerusform><numerusform>%Ln inscripciones pendientes de envío; la más antigua, desde hace %1 min</numerusform></translation></message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="57" />
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="78" />
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/language.py" line="94" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="27" />
        <source>Kiosk needs attention</source>
        <translation>Kiosk necesita atención</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="28" />
        <source>This kiosk needs a staff member</source>
        <translation>Este quiosco necesita a un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="31" />
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="73" />
        <location filename="../../kiosk/ui/presentation.py" line="74" />
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
</context>
<context>
    <name>PresentationPanel</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="95" />
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="97" />
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="101" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="102" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="103" />
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="113" />
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="116" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="120" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="267" />
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="423" />
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="831" />
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="461" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="462" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="465" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="470" />
        <source>First name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="471" />
        <source>Last name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="484" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="492" />
        <source>Your e-mail address</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="493" />
        <source>E-mail *</source>
        <translation>Correo electrónico *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Your confirmation is sent there.</source>
        <translation>Le enviaremos allí la confirmación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="508" />
        <source>Choose your sessions</source>
        <translation>Elija sus sesiones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="524" />
        <source>Check and register</source>
        <translation>Revisar e inscribirse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="537" />
        <source>Register me automatically if a place becomes free</source>
        <translation>Inscribirme automáticamente si queda una plaza libre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="543" />
        <location filename="../../kiosk/ui/screens/register.py" line="809" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Register</source>
        <translation>Inscribirse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="664" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="739" />
        <source>A few questions</source>
        <translation>Algunas preguntas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="688" />
        <source>Other sessions</source>
        <translation>Otras sesiones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="804" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Join the waitlist</source>
        <translation>Unirse a la lista de espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="806" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation>%1 está completo. Le avisaremos si queda una plaza libre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="909" />
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="967" />
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="971" />
        <source>E-mail: %1</source>
        <translation>Correo electrónico: %1</translation>
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
        <translation>Sin respuestas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1137" />
        <source>Please answer this question.</source>
        <translation>Por favor, responda a esta pregunta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>Sessions: %1</source>
        <translation>Sesiones: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="986" />
        <source>No sessions chosen</source>
        <translation>No ha elegido ninguna sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1026" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation>Opcional. Toque una sesión para elegirla; tóquela otra vez para quitarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1028" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation>Ha elegido dos sesiones a las %1. Por favor, desmarque una de ellas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1100" />
        <source>Please check the fields marked in red.</source>
        <translation>Por favor, revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1124" />
        <source>Please fill in your first name.</source>
        <translation>Por favor, indique su nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1126" />
        <source>Please fill in your last name.</source>
        <translation>Por favor, indique sus apellidos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1128" />
        <source>Please fill in your e-mail address.</source>
        <translation>Por favor, indique su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1136" />
        <source>Please choose an answer.</source>
        <translation>Por favor, elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1162" />
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="304" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation>Lo sentimos, el evento se ha llenado hace un momento. En su lugar, puede unirse a la lista de espera: toque de nuevo el botón.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="307" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation>Lo sentimos, el evento se ha llenado hace un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="310" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation>Lo sentimos, una sesión que ha elegido se ha llenado hace un momento. Por favor, revise sus sesiones.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="313" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation>Lo sentimos, la inscripción para este evento acaba de cerrarse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="316" />
        <source>The registration was not accepted: %1</source>
        <translation>No se aceptó la inscripción: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="317" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation>No se aceptó la inscripción. Por favor, diríjase a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="328" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Este quiosco no puede guardar inscripciones en este momento. Personal: revise la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="338" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation>Lo sentimos, este quiosco no puede aceptar su inscripción en este momento. No se ha perdido nada de lo que ha escrito: por favor, diríjase a un miembro del personal.</translation>
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="54" />
        <source>QR code symbol</source>
        <translation>Símbolo de código QR</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="135" />
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="139" />
        <source>Scan your QR code</source>
        <translation>Escanee su código QR</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="152" />
        <source>Type your code instead</source>
        <translation>Escribir el código a mano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="156" />
        <source>Find by name (staff)</source>
        <translation>Buscar por nombre (personal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="191" />
        <source>‹ Back to scanning</source>
        <translation>‹ Volver a escanear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="194" />
        <source>Type your check-in code</source>
        <translation>Escriba su código de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="197" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation>Las 8 letras y cifras que hay bajo el código QR de su correo de confirmación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="202" />
        <source>Check-in code</source>
        <translation>Código de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="219" />
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="286" />
        <source>Hold the code inside the square</source>
        <translation>Mantenga el código dentro del cuadrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="302" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation>Acerque a la cámara el código QR de su correo de confirmación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="303" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation>Coloque bajo el escáner el código QR de su correo de confirmación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="356" />
        <source>A check-in code has 8 letters and digits. This one has %Ln.</source>
        <translation><numerusform>Un código de entrada tiene 8 letras y cifras. Este tiene %Ln.</numerusform><numerusform>Un código de entrada tiene 8 letras y cifras. Este tiene %Ln.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="361" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation>Esto no es un código de entrada. Por favor, compárelo con su correo electrónico.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="376" />
        <source>%1 Check-ins go on; badges wait in the staff view.</source>
        <translation>%1 El registro de entrada sigue funcionando; las credenciales quedan en espera en la vista del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="411" />
        <source>Badge cancelled.</source>
        <translation>Credencial cancelada.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="244" />
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="256" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation>Los nombres de los asistentes están ocultos porque este quiosco no tiene PIN de personal. Para verlos, defina un PIN en este equipo con el comando: kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="269" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation>Nada pendiente: todas las inscripciones se han entregado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="288" />
        <source>Retry selected now</source>
        <translation>Reintentar selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="291" />
        <source>Retry all now</source>
        <translation>Reintentar todas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="299" />
        <source>Desk mode</source>
        <translation>Modo mostrador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="307" />
        <source>Registrations not yet delivered</source>
        <translation>Inscripciones pendientes de entrega</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="321" />
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="325" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="330" />
        <source>Close the kiosk?</source>
        <translation>¿Cerrar el quiosco?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="334" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation>Los asistentes no podrán inscribirse aquí hasta que se vuelva a iniciar el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="363" />
        <source>‹ Leave the staff view</source>
        <translation>‹ Salir de la vista del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="374" />
        <source>‹ Previous page</source>
        <translation>‹ Página anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="377" />
        <source>Next page ›</source>
        <translation>Página siguiente ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="427" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="431" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation>Defina un PIN de personal para elegir el evento de la puerta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="452" />
        <source>Door: %1 · %2</source>
        <translation>Puerta: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="453" />
        <source>any event</source>
        <translation>cualquier evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="454" />
        <source>whole event</source>
        <translation>todo el evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="476" />
        <source>Setup check</source>
        <translation>Comprobación de la instalación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="478" />
        <source>Check this kiosk's setup</source>
        <translation>Comprobar la instalación de este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="515" />
        <source>The setup check could not run. Run kiosk doctor on this computer.</source>
        <translation>No se pudo ejecutar la comprobación. Ejecute kiosk doctor en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Badge printer</source>
        <translation>Impresora de acreditaciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="521" />
        <source>Events API</source>
        <translation>API de eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="524" />
        <source>Needs fixing</source>
        <translation>Hay que corregir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="526" />
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="532" />
        <source>Ready to run the kiosk.</source>
        <translation>Listo para funcionar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="533" />
        <source>Items to fix: %1</source>
        <translation>Puntos por corregir: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="555" />
        <source>Print now</source>
        <translation>Imprimir ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="558" />
        <source>Cancel badge</source>
        <translation>Cancelar credencial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="562" />
        <source>Badge preview</source>
        <translation>Vista previa de la credencial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="571" />
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="600" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation>Introduzca el PIN de personal para cerrar el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="602" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation>Introduzca el PIN de personal para buscar asistentes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="603" />
        <source>Enter the staff PIN.</source>
        <translation>Introduzca el PIN de personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="732" />
        <source>Rows %1–%2 of %3</source>
        <translation>Filas %1–%2 de %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="858" />
        <source>Tap a badge first, then Cancel badge.</source>
        <translation>Toque primero una credencial y luego «Cancelar credencial».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="895" />
        <source>Tap a registration first, then Retry selected now.</source>
        <translation>Toque primero una inscripción y luego «Reintentar selección».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="782" />
        <source>Badge printer %1: %2</source>
        <translation>Impresora de credenciales %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="816" />
        <source>Badge %1</source>
        <translation>Credencial %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="818" />
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="805" />
        <source>%Ln badge(s) waiting</source>
        <translation><numerusform>%Ln credencial en espera</numerusform><numerusform>%Ln credenciales en espera</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="229" />
        <source>Staff PIN</source>
        <translation>PIN de personal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="709" />
        <source>%Ln registration(s) waiting to be sent</source>
        <translation><numerusform>%Ln inscripción pendiente de envío</numerusform><numerusform>%Ln inscripciones pendientes de envío</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>%Ln registration(s) stuck</source>
        <translation><numerusform>%Ln inscripción atascada</numerusform><numerusform>%Ln inscripciones atascadas</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="713" />
        <source>%Ln registration(s) refused by the server</source>
        <translation><numerusform>%Ln inscripción rechazada por el servidor</numerusform><numerusform>%Ln inscripciones rechazadas por el servidor</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="749" />
        <source>%Ln registration(s) delivered.</source>
        <translation><numerusform>%Ln inscripción entregada.</numerusform><numerusform>%Ln inscripciones entregadas.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="754" />
        <source>%Ln registration(s) refused again (see the reason).</source>
        <translation><numerusform>%Ln inscripción rechazada de nuevo (consulte el motivo).</numerusform><numerusform>%Ln inscripciones rechazadas de nuevo (consulte el motivo).</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="780" />
        <source>Badge printer %1: %2 – %3</source>
        <translation>Impresora de credenciales %1: %2 – %3</translation>
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
        <translation>Enviando a la impresora las credenciales en espera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="878" />
        <source>Sending %Ln registration(s) again…</source>
        <translation><numerusform>Reenviando %Ln inscripción…</numerusform><numerusform>Reenviando %Ln inscripciones…</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="880" />
        <source>Nothing to send again.</source>
        <translation>No hay nada que reenviar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="887" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation>No se pudo reenviar: el quiosco no puede leer su cola de envío. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="902" />
        <source>Sending again…</source>
        <translation>Reenviando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="499" />
        <location filename="../../kiosk/ui/screens/staff.py" line="921" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="944" />
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="962" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1.</translation>
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="103" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="104" />
        <source>First or last name</source>
        <translation>Nombre o apellido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="108" />
        <source>Clear the name</source>
        <translation>Borrar el nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="123" />
        <source>Find an attendee</source>
        <translation>Buscar un asistente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="136" />
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="141" />
        <source>Reprint badge</source>
        <translation>Reimprimir credencial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="146" />
        <source>Back to the results</source>
        <translation>Volver a los resultados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="163" />
        <source>‹ Done: back to scanning</source>
        <translation>‹ Listo: volver a escanear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="194" />
        <source>Type at least two letters of a first or last name.</source>
        <translation>Escriba al menos dos letras de un nombre o apellido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="199" />
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="217" />
        <source>Found: %Ln. Tap the right person.</source>
        <translation><numerusform>%Ln resultado. Toque el nombre correcto.</numerusform><numerusform>%Ln resultados. Toque el nombre correcto.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="219" />
        <source>No one found. Try the first name or the last name instead, or fewer letters.</source>
        <translation>No se ha encontrado a nadie. Pruebe solo con el nombre o solo con los apellidos, o con menos letras.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="227" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation>La búsqueda no está disponible ahora. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="256" />
        <source>This registration has no check-in code.</source>
        <translation>Esta inscripción no tiene código de entrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="262" />
        <source>The badge is being printed again.</source>
        <translation>Se está reimprimiendo la credencial.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="267" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation>Esta inscripción no se puede abrir en este momento. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="107" />
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation>Si toca «Sí», se conserva lo que ha introducido. Si no, el quiosco vuelve a empezar para la siguiente persona y lo borra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117" />
        <source>Yes, I'm still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="119" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="158" />
        <source>Starting over in %Ln s</source>
        <translation><numerusform>Se reinicia en %Ln s</numerusform><numerusform>Se reinicia en %Ln s</numerusform></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="429" />
        <source>Badge printing is switched off.</source>
        <translation>La impresión de credenciales está desactivada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="431" />
        <source>There is no print queue named “%1”.</source>
        <translation>No hay ninguna cola de impresión llamada «%1».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="434" />
        <source>The print system (CUPS) does not answer.</source>
        <translation>El sistema de impresión (CUPS) no responde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="437" />
        <source>The printer is stopped: %1</source>
        <translation>La impresora está detenida: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="438" />
        <source>The printer is stopped.</source>
        <translation>La impresora está detenida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="441" />
        <source>The printer refuses new jobs: %1</source>
        <translation>La impresora rechaza trabajos nuevos: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="442" />
        <source>The printer refuses new jobs.</source>
        <translation>La impresora rechaza trabajos nuevos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="445" />
        <source>The printer is out of paper or labels.</source>
        <translation>La impresora se ha quedado sin papel o sin etiquetas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="447" />
        <source>The paper or labels are jammed in the printer.</source>
        <translation>Hay un atasco de papel o de etiquetas en la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="449" />
        <source>A cover of the printer is open.</source>
        <translation>Hay una tapa de la impresora abierta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="451" />
        <source>The printer is offline.</source>
        <translation>La impresora está desconectada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="452" />
        <source>The printer reports a problem: %1</source>
        <translation>La impresora informa de un problema: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="458" />
        <source>The badge could not be printed: %1</source>
        <translation>No se pudo imprimir la credencial: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="461" />
        <source>The badge template does not fit this paper: %1</source>
        <translation>La plantilla de la credencial no cabe en este papel: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="464" />
        <source>The print log cannot be written: %1</source>
        <translation>No se puede escribir el historial de impresión: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="466" />
        <source>Badge printing failed; see the kiosk's log.</source>
        <translation>Falló la impresión de la credencial; consulte el log del quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="150" />
        <source>%1 time</source>
        <translation>hora de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="166" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="168" />
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>Date to be announced</source>
        <translation>Fecha por confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="78" />
        <location filename="../../kiosk/ui/text.py" line="183" />
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="35" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation>Acepto que el organizador guarde mis datos para gestionar mi inscripción y que pueda enviarme correos electrónicos sobre este evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="65" />
        <source>dddd d MMMM</source>
        <comment>a date format (Qt): weekday, day, month</comment>
        <translation>dddd, d 'de' MMMM</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="71" />
        <source>ddd d MMM</source>
        <comment>a date format (Qt): weekday, day, month, short</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="185" />
        <source>%1, %2 – %3</source>
        <comment>day, start time – end time</comment>
        <translation>%1, de %2 a %3</translation>
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
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="260" />
        <source>Starting now</source>
        <translation>Empieza ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="261" />
        <source>Starts in %Ln min</source>
        <translation><numerusform>Empieza en %Ln min</numerusform><numerusform>Empieza en %Ln min</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="263" />
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="271" />
        <source>Open for registration</source>
        <translation>Inscripción abierta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="274" />
        <source>Full – waitlist open</source>
        <translation>Completo – lista de espera abierta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="276" />
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="278" />
        <source>Registration closed</source>
        <translation>Inscripción cerrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="280" />
        <source>Event has ended</source>
        <translation>El evento ha terminado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="281" />
        <source>Register with a staff member</source>
        <translation>Inscripción con el personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="664" />
        <location filename="../../kiosk/ui/delegates.py" line="970" />
        <location filename="../../kiosk/ui/text.py" line="298" />
        <source>Fully booked</source>
        <translation>Sin plazas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="665" />
        <location filename="../../kiosk/ui/delegates.py" line="971" />
        <location filename="../../kiosk/ui/text.py" line="300" />
        <source>Full – waitlist</source>
        <translation>Completo – lista de espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/delegates.py" line="663" />
        <location filename="../../kiosk/ui/delegates.py" line="969" />
        <location filename="../../kiosk/ui/text.py" line="304" />
        <source>%Ln seat(s) left</source>
        <translation><numerusform>Queda %Ln plaza</numerusform><numerusform>Quedan %Ln plazas</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="312" />
        <source>Registration for this event is closed.</source>
        <translation>La inscripción para este evento está cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="314" />
        <source>This event is full.</source>
        <translation>Este evento está completo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="316" />
        <source>This event has ended.</source>
        <translation>Este evento ha terminado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="318" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation>Por favor, pida a un miembro del personal que le inscriba en este evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="327" />
        <source>This is too long. Please shorten it.</source>
        <translation>Es demasiado largo. Por favor, acórtelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="328" />
        <source>Please shorten this to %Ln character(s) or fewer.</source>
        <translation><numerusform>Por favor, acórtelo a %Ln carácter como máximo.</numerusform><numerusform>Por favor, acórtelo a %Ln caracteres como máximo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="330" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>Esto no parece una dirección de correo electrónico (name@example.org).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="332" />
        <source>Please choose one of the options.</source>
        <translation>Por favor, elija una de las opciones.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="334" />
        <source>This contains characters that cannot be used.</source>
        <translation>Contiene caracteres que no se pueden usar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="336" />
        <source>Please tick the box to agree before registering.</source>
        <translation>Por favor, marque la casilla para aceptar antes de inscribirse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="338" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation>Una sesión que ha elegido ya no tiene plazas. Por favor, quítela.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="373" />
        <source>Time to be announced</source>
        <translation>Hora por confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="142" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="143" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="51" />
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
        <source>Checked in at %1</source>
        <translation>Entrada registrada a las %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="55" />
        <source>On the waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="57" />
        <source>Payment not completed</source>
        <translation>Pago no completado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="58" />
        <source>Registered, not checked in yet</source>
        <translation>Con inscripción; entrada aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="110" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="111" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="112" />
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="113" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="114" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="115" />
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="133" />
        <source>Any event</source>
        <translation>Cualquier evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="137" />
        <source>Check-in</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="141" />
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="143" />
        <source>Stuck</source>
        <translation>Atascada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="145" />
        <source>Waiting (%Ln attempt(s))</source>
        <translation><numerusform>En espera (%Ln intento)</numerusform><numerusform>En espera (%Ln intentos)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="979" />
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="980" />
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="981" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="982" />
        <source>refusing jobs</source>
        <translation>rechaza trabajos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="983" />
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="984" />
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="985" />
        <source>print system not answering</source>
        <translation>el sistema de impresión no responde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="986" />
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="987" />
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
</context>
</TS>