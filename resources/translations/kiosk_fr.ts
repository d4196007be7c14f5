<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BrowseFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="391" />
        <source>The events API does not accept this kiosk's settings (%1). New registrations are saved on this kiosk. Staff: check the token and origin.</source>
        <translation>L'API des événements refuse les paramètres de cette borne (%1). Les nouvelles inscriptions sont sauvegardées sur cette borne. Équipe : vérifiez le jeton et l'origine.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="403" />
        <source>Offline: showing the information from %1. New registrations are saved on this kiosk and sent automatically.</source>
        <translation>Hors ligne : informations mises à jour à %1. Les nouvelles inscriptions sont sauvegardées sur cette borne et envoyées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/browse.py" line="410" />
        <source>The event information cannot be loaded right now. Please ask a staff member.</source>
        <translation>Impossible de charger les informations sur les événements pour le moment. Veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="336" />
        <source>Seats taken</source>
        <translation>Places occupées</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="371" />
        <source>Please collect your badge from a staff member.</source>
        <translation>Veuillez retirer votre badge auprès d'un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="372" />
        <source>Your badge is printing.</source>
        <translation>Votre badge est en cours d'impression.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="451" />
        <source>This kiosk cannot save check-ins right now. Staff: check the data folder.</source>
        <translation>Cette borne ne peut pas sauvegarder les enregistrements pour le moment. Équipe : vérifiez le dossier de données.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/checkin.py" line="624" />
        <source>The events server does not accept this kiosk's staff token (%1). Check-ins still work, but without the offline list and the name search. Staff: check the staff token.</source>
        <translation>Le serveur des événements refuse le jeton équipe de cette borne (%1). Les enregistrements fonctionnent toujours, mais sans la liste hors ligne ni la recherche par nom. Équipe : vérifiez le jeton équipe.</translation>
    </message>
</context>
<context>
    <name>CheckInResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="167" />
        <source>Tap anywhere to continue</source>
        <translation>Touchez l'écran pour continuer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="195" />
        <source>Checking your code…</source>
        <translation>Vérification de votre code…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="204" />
        <source>Sorry, this kiosk cannot check you in right now</source>
        <translation>Désolé, cette borne ne peut pas enregistrer votre arrivée pour le moment</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="205" />
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="231" />
        <source>Please see a staff member.</source>
        <translation>Veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="237" />
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1 !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="238" />
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="243" />
        <source>You're checked in</source>
        <translation>Votre arrivée est enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="247" />
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="248" />
        <source>We'll confirm as soon as the connection is back.</source>
        <translation>Nous confirmerons dès que la connexion sera rétablie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="256" />
        <source>Already checked in</source>
        <translation>Arrivée déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="257" />
        <source>Already checked in at %1</source>
        <translation>Arrivée déjà enregistrée à %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="260" />
        <source>If that was not you, please see a staff member.</source>
        <translation>Si ce n'était pas vous, veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="263" />
        <source>On the waitlist</source>
        <translation>Sur liste d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="265" />
        <source>Payment not completed</source>
        <translation>Paiement non finalisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="267" />
        <source>Not registered for this session</source>
        <translation>Aucune inscription à cette session</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="269" />
        <source>This code is for another event</source>
        <translation>Ce code concerne un autre événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="274" />
        <source>That is not a check-in code</source>
        <translation>Ce n'est pas un code d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="275" />
        <source>Please scan the QR code from your confirmation e-mail.</source>
        <translation>Veuillez scanner le code QR de votre e-mail de confirmation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="279" />
        <source>Code not recognised</source>
        <translation>Code non reconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="280" />
        <source>Please check the code, or see a staff member.</source>
        <translation>Veuillez vérifier le code ou vous adresser à un membre de l'équipe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="310" />
        <source>and %Ln more</source>
        <translation>
                <numerusform>et %Ln autre</numerusform>
                <numerusform>et %Ln autres</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_result.py" line="311" />
        <source>Your sessions today:</source>
        <translation>Vos sessions aujourd'hui :</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="58" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="97" />
        <source>You were already registered</source>
        <translation>Votre inscription existait déjà</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="99" />
        <source>Your check-in code is in your confirmation e-mail.</source>
        <translation>Votre code d'enregistrement se trouve dans votre e-mail de confirmation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="133" />
        <source>Your registration is saved</source>
        <translation>Votre inscription est sauvegardée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="121" />
        <source>Your registration is saved on this kiosk and will be sent in a moment. Your confirmation e-mail follows once it has gone through.</source>
        <translation>Votre inscription est sauvegardée sur cette borne et sera envoyée dans un instant. Vous recevrez votre e-mail de confirmation une fois l'envoi effectué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="135" />
        <source>You are on the waitlist</source>
        <translation>Vous êtes sur la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="126" />
        <source>You are on the waitlist. If a place becomes free, we will e-mail you. You do not need to check in until then.</source>
        <translation>Vous êtes sur la liste d'attente. Si une place se libère, nous vous enverrons un e-mail. D'ici là, inutile d'enregistrer votre arrivée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="136" />
        <source>You are registered</source>
        <translation>Votre inscription est confirmée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="129" />
        <source>See you there!</source>
        <translation>À bientôt !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="45" />
        <source>Your check-in code as a QR code</source>
        <translation>Votre code d'enregistrement en code QR</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="142" />
        <source>Waitlisted for: %1</source>
        <translation>Sur liste d'attente pour : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="151" />
        <location filename="../../kiosk/ui/screens/confirmation.py" line="153" />
        <source>Your check-in code: %1</source>
        <translation>Votre code d'enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirmation.py" line="156" />
        <source>Your confirmation e-mail has your check-in code.</source>
        <translation>Votre e-mail de confirmation contient votre code d'enregistrement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/confirmation.py" line="183" />
        <source>Back to the start in %Ln second(s)</source>
        <translation>
                <numerusform>Retour à l'accueil dans %Ln seconde</numerusform>
                <numerusform>Retour à l'accueil dans %Ln secondes</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="149" />
        <source>Enter the staff PIN to open the desk.</source>
        <translation>Saisissez le code PIN du personnel pour ouvrir le guichet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="220" />
        <source>Enter the staff PIN to leave desk mode.</source>
        <translation>Saisissez le code PIN du personnel pour quitter le mode guichet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="258" />
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
                <numerusform>Trop de codes PIN erronés. Réessayez dans %Ln seconde.</numerusform>
                <numerusform>Trop de codes PIN erronés. Réessayez dans %Ln secondes.</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="260" />
        <location filename="../../kiosk/ui/flows/desk.py" line="266" />
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n’est pas correct.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="317" />
        <source>Registration is not possible for this event.</source>
        <translation>L’inscription n’est pas possible pour cet événement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="319" />
        <source>%1 is full: new registrations go on the waitlist.</source>
        <translation>%1 est complet : les nouvelles inscriptions vont sur la liste d’attente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="321" />
        <source>Registering for %1.</source>
        <translation>Inscriptions pour %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="335" />
        <source>Choose the event first.</source>
        <translation>Choisissez d’abord l’événement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="347" />
        <location filename="../../kiosk/ui/flows/desk.py" line="400" />
        <source>%1 was not registered: %2</source>
        <translation>%1 n’a pas été inscrit·e : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="354" />
        <source>%1: registering…</source>
        <translation>%1 : inscription en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="383" />
        <location filename="../../kiosk/ui/flows/desk.py" line="415" />
        <source>%1 is saved at this desk and queued for delivery.</source>
        <translation>%1 est enregistré·e à ce guichet et en attente d’envoi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="411" />
        <source>%1 was already registered for %2.</source>
        <translation>%1 était déjà inscrit·e à %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="417" />
        <source>%1 is on the waitlist for %2.</source>
        <translation>%1 est sur la liste d’attente de %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="422" />
        <source>%1 is registered for %2, on the waitlist for %Ln session(s).</source>
        <translation>
                <numerusform>%1 est inscrit·e à %2, sur liste d’attente pour %Ln session.</numerusform>
                <numerusform>%1 est inscrit·e à %2, sur liste d’attente pour %Ln sessions.</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="424" />
        <source>%1 is registered for %2.</source>
        <translation>%1 est inscrit·e à %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="430" />
        <source>the event is full.</source>
        <translation>l’événement est complet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="432" />
        <source>a chosen session is full.</source>
        <translation>une session choisie est complète.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="434" />
        <source>registration for this event has closed.</source>
        <translation>les inscriptions à cet événement sont closes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="436" />
        <location filename="../../kiosk/ui/flows/desk.py" line="543" />
        <source>the server did not accept it.</source>
        <translation>le serveur ne l’a pas acceptée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="445" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Cette borne ne peut pas enregistrer d’inscriptions pour le moment. Personnel : vérifiez le dossier de données.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="455" />
        <source>%1 could not be saved. Nothing is lost: the details are back in the form.</source>
        <translation>%1 n’a pas pu être enregistré·e. Rien n’est perdu : les informations sont de nouveau dans le formulaire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="529" />
        <source>%Ln registration(s) today</source>
        <translation>
                <numerusform>%Ln inscription aujourd’hui</numerusform>
                <numerusform>%Ln inscriptions aujourd’hui</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/desk.py" line="531" />
        <source>(the latest %Ln shown)</source>
        <translation>
                <numerusform>(la dernière %Ln affichée)</numerusform>
                <numerusform>(les %Ln dernières affichées)</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="539" />
        <source>Stuck: %1</source>
        <translation>Bloquée : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="540" />
        <source>Queued to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="552" />
        <source>Waitlisted</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="553" />
        <source>Registered</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="542" />
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/desk.py" line="547" />
        <source>Already registered</source>
        <translation>Déjà inscrit·e</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="133" />
        <location filename="../../kiosk/ui/screens/desk.py" line="170" />
        <source>Staff desk</source>
        <translation>Guichet d’accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="139" />
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="145" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="148" />
        <source>Stay at the desk</source>
        <translation>Rester au guichet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="173" />
        <source>Choose the event…</source>
        <translation>Choisir l’événement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="174" />
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="184" />
        <source>Find attendee</source>
        <translation>Chercher un participant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="187" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="190" />
        <source>Leave desk mode</source>
        <translation>Quitter le mode guichet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="204" />
        <location filename="../../kiosk/ui/screens/desk.py" line="209" />
        <location filename="../../kiosk/ui/screens/desk.py" line="619" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="205" />
        <location filename="../../kiosk/ui/screens/desk.py" line="210" />
        <location filename="../../kiosk/ui/screens/desk.py" line="620" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="206" />
        <location filename="../../kiosk/ui/screens/desk.py" line="211" />
        <location filename="../../kiosk/ui/screens/desk.py" line="621" />
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Inscrire (Entrée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="255" />
        <location filename="../../kiosk/ui/screens/desk.py" line="262" />
        <source>Registered here today</source>
        <translation>Inscrits ici aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="275" />
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="329" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="623" />
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="635" />
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="637" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/desk.py" line="693" />
        <source>The badge is being printed again.</source>
        <translation>Le badge est réimprimé.</translation>
    </message>
</context>
<context>
    <name>DoorFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/door.py" line="163" />
        <source>The door's event was changed, but it could not be saved on this kiosk: after a restart the settings file's event applies. Staff: check the data folder.</source>
        <translation>L'événement de la porte a été modifié, mais n'a pas pu être sauvegardé sur cette borne : après un redémarrage, l'événement du fichier de paramètres s'appliquera. Équipe : vérifiez le dossier de données.</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="60" />
        <source>‹ Back to the staff view</source>
        <translation>‹ Retour à l'espace équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="65" />
        <source>Use the settings file's choice</source>
        <translation>Utiliser le choix du fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="74" />
        <source>Which event is this door for?</source>
        <translation>Quel événement pour cette porte ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="82" />
        <source>‹ Other events</source>
        <translation>‹ Autres événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="128" />
        <source>No events are known yet. Please try again in a moment.</source>
        <translation>Aucun événement n'est encore connu. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="141" />
        <source>Loading the agenda…</source>
        <translation>Chargement du programme…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="162" />
        <location filename="../../kiosk/ui/screens/door.py" line="222" />
        <source>Whole event</source>
        <translation>Tout l'événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="183" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door.py" line="186" />
        <source>Time to be announced</source>
        <translation>Horaire à confirmer</translation>
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
        <translation>Impossible de charger le programme pour le moment ; vous pouvez choisir tout l'événement.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="219" />
        <source>Checking seats…</source>
        <translation>Vérification des places…</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="283" />
        <source>‹ All events</source>
        <translation>‹ Tous les événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="299" />
        <source>QR code of this event's web page</source>
        <translation>Code QR de la page web de cet événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="300" />
        <location filename="../../kiosk/ui/screens/event.py" line="302" />
        <source>Scan to open on your phone</source>
        <translation>Scannez pour ouvrir sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="305" />
        <location filename="../../kiosk/ui/screens/event.py" line="561" />
        <source>Loading the agenda…</source>
        <translation>Chargement du programme…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="312" />
        <source>Back to all events</source>
        <translation>Retour à tous les événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="367" />
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="368" />
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="369" />
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="370" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="484" />
        <source>The agenda has not been published yet.</source>
        <translation>Le programme n'a pas encore été publié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="505" />
        <source>‹ All speakers</source>
        <translation>‹ Tous les intervenants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="517" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="605" />
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="654" />
        <source>The agenda and registration for this event cannot be loaded right now. Please try again in a few minutes, or ask a staff member.</source>
        <translation>Impossible de charger le programme et les inscriptions de cet événement pour le moment. Veuillez réessayer dans quelques minutes ou vous adresser à un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="686" />
        <source>%1 of %2 seats taken</source>
        <translation>Places occupées : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/event.py" line="688" />
        <source>%1 of %2 seats taken · %Ln seat(s) left</source>
        <translation>
                <numerusform>Places occupées : %1 sur %2 · %Ln place restante</numerusform>
                <numerusform>Places occupées : %1 sur %2 · %Ln places restantes</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="700" />
        <source>Register</source>
        <translation>S'inscrire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="702" />
        <source>Join the waitlist</source>
        <translation>Rejoindre la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="717" />
        <source>Wi-Fi available: %1</source>
        <translation>Wi-Fi disponible : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="719" />
        <source>Wi-Fi available</source>
        <translation>Wi-Fi disponible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="721" />
        <source>Step-free access</source>
        <translation>Accès de plain-pied</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="723" />
        <source>Accessible toilets</source>
        <translation>Toilettes accessibles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="725" />
        <source>Accessible parking</source>
        <translation>Parking accessible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="759" />
        <source>All tracks</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/event.py" line="798" />
        <source>No sessions listed.</source>
        <translation>Aucune session au programme.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="147" />
        <source>What's on</source>
        <translation>À l'affiche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="150" />
        <source>Tap an event to see its agenda or to register.</source>
        <translation>Touchez un événement pour voir son programme ou vous inscrire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="153" />
        <source>Loading events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="190" />
        <source>Already registered? Scan your code</source>
        <translation>Déjà inscrit ? Scannez votre code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="307" />
        <source>No events are published right now. Please ask a staff member.</source>
        <translation>Aucun événement n'est publié pour le moment. Veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="314" />
        <source>The event list cannot be loaded right now. Please ask a staff member.</source>
        <translation>Impossible de charger la liste des événements pour le moment. Veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="181" />
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="622" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Cette borne ne peut pas sauvegarder les inscriptions pour le moment. Équipe : vérifiez le dossier de données.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/window.py" line="655" />
        <source>%Ln registration(s) waiting to be sent, the oldest for %1 min</source>
        <translation>
                <numerusform>%Ln inscription en attente d'envoi depuis %1 min</numerusform>
                <numerusform>%Ln inscriptions en attente d'envoi, la plus ancienne depuis %1 min</numerusform>
            </translation></message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="57" />
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../kiosk/ui/language.py" line="78" />
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/language.py" line="94" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="27" />
        <source>Kiosk needs attention</source>
        <translation>Kiosk : intervention requise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="28" />
        <source>This kiosk needs a staff member</source>
        <translation>Cette borne a besoin d'un membre de l'équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/notice.py" line="31" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="73" />
        <location filename="../../kiosk/ui/presentation.py" line="74" />
        <source>Text size and contrast</source>
        <translation>Taille du texte et contraste</translation>
    </message>
</context>
<context>
    <name>PresentationPanel</name>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="95" />
        <source>Text size and contrast</source>
        <translation>Taille du texte et contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="97" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="101" />
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="102" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="103" />
        <source>Largest</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="113" />
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="116" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/presentation.py" line="120" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="267" />
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="423" />
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="831" />
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="461" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="462" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="465" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="470" />
        <source>First name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="471" />
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="484" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="492" />
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="493" />
        <source>E-mail *</source>
        <translation>E-mail *</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="497" />
        <source>Your confirmation is sent there.</source>
        <translation>Votre confirmation y sera envoyée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="508" />
        <source>Choose your sessions</source>
        <translation>Choisissez vos sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="524" />
        <source>Check and register</source>
        <translation>Vérifiez et inscrivez-vous</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="537" />
        <source>Register me automatically if a place becomes free</source>
        <translation>M'inscrire automatiquement si une place se libère</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="543" />
        <location filename="../../kiosk/ui/screens/register.py" line="809" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Register</source>
        <translation>S'inscrire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="664" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="739" />
        <source>A few questions</source>
        <translation>Quelques questions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="688" />
        <source>Other sessions</source>
        <translation>Autres sessions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="804" />
        <location filename="../../kiosk/ui/screens/register.py" line="828" />
        <source>Join the waitlist</source>
        <translation>Rejoindre la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="806" />
        <source>%1 is full. We will let you know if a place becomes free.</source>
        <translation>%1 affiche complet. Nous vous préviendrons si une place se libère.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="909" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="967" />
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="971" />
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
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
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1137" />
        <source>Please answer this question.</source>
        <translation>Veuillez répondre à cette question.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="987" />
        <source>Sessions: %1</source>
        <translation>Sessions : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="986" />
        <source>No sessions chosen</source>
        <translation>Aucune session choisie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1026" />
        <source>Optional. Tap a session to pick it; tap again to drop it.</source>
        <translation>Facultatif. Touchez une session pour la choisir ; touchez-la à nouveau pour la retirer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1028" />
        <source>You picked two sessions at %1. Please untick one of them.</source>
        <translation>Vous avez choisi deux sessions à %1. Veuillez en décocher une.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1100" />
        <source>Please check the fields marked in red.</source>
        <translation>Veuillez vérifier les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1124" />
        <source>Please fill in your first name.</source>
        <translation>Veuillez indiquer votre prénom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1126" />
        <source>Please fill in your last name.</source>
        <translation>Veuillez indiquer votre nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1128" />
        <source>Please fill in your e-mail address.</source>
        <translation>Veuillez indiquer votre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1136" />
        <source>Please choose an answer.</source>
        <translation>Veuillez choisir une réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="1162" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="304" />
        <source>Sorry, the event filled up a moment ago. You can join the waitlist instead: tap the button again.</source>
        <translation>Désolé, l'événement vient d'afficher complet. Vous pouvez rejoindre la liste d'attente : touchez à nouveau le bouton.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="307" />
        <source>Sorry, the event filled up a moment ago.</source>
        <translation>Désolé, l'événement vient d'afficher complet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="310" />
        <source>Sorry, a session you chose filled up a moment ago. Please check your sessions.</source>
        <translation>Désolé, une session que vous avez choisie vient d'afficher complet. Veuillez vérifier vos sessions.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="313" />
        <source>Sorry, registration for this event has just closed.</source>
        <translation>Désolé, les inscriptions à cet événement viennent d'être closes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="316" />
        <source>The registration was not accepted: %1</source>
        <translation>L'inscription n'a pas été acceptée : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="317" />
        <source>The registration was not accepted. Please ask a staff member.</source>
        <translation>L'inscription n'a pas été acceptée. Veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="328" />
        <source>This kiosk cannot save registrations right now. Staff: check the data folder.</source>
        <translation>Cette borne ne peut pas sauvegarder les inscriptions pour le moment. Équipe : vérifiez le dossier de données.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/registration.py" line="338" />
        <source>Sorry, this kiosk cannot take your registration right now. Nothing you typed is lost: please ask a staff member.</source>
        <translation>Désolé, cette borne ne peut pas prendre votre inscription pour le moment. Rien de ce que vous avez saisi n'est perdu : veuillez vous adresser à un membre de l'équipe.</translation>
    </message>
</context>
<context>
    <name>ScanButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/events.py" line="54" />
        <source>QR code symbol</source>
        <translation>Symbole de code QR</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="135" />
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="139" />
        <source>Scan your QR code</source>
        <translation>Scannez votre code QR</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="152" />
        <source>Type your code instead</source>
        <translation>Saisir plutôt votre code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="156" />
        <source>Find by name (staff)</source>
        <translation>Chercher par nom (équipe)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="191" />
        <source>‹ Back to scanning</source>
        <translation>‹ Retour au scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="194" />
        <source>Type your check-in code</source>
        <translation>Saisissez votre code d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="197" />
        <source>The 8 letters and digits under the QR code in your confirmation e-mail.</source>
        <translation>Les 8 lettres et chiffres sous le code QR de votre e-mail de confirmation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="202" />
        <source>Check-in code</source>
        <translation>Code d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="219" />
        <source>Check in</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="286" />
        <source>Hold the code inside the square</source>
        <translation>Placez le code dans le carré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="302" />
        <source>Hold the QR code from your confirmation e-mail up to the camera.</source>
        <translation>Présentez à la caméra le code QR de votre e-mail de confirmation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="303" />
        <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
        <translation>Placez sous le scanner le code QR de votre e-mail de confirmation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan.py" line="356" />
        <source>A check-in code has 8 letters and digits. This one has %Ln.</source>
        <translation>
                <numerusform>Un code d'enregistrement comporte 8 lettres et chiffres. Celui-ci en a %Ln.</numerusform>
                <numerusform>Un code d'enregistrement comporte 8 lettres et chiffres. Celui-ci en a %Ln.</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan.py" line="361" />
        <source>This is not a check-in code. Please compare it with your e-mail.</source>
        <translation>Ce n'est pas un code d'enregistrement. Veuillez le comparer avec votre e-mail.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="376" />
        <source>%1 Check-ins go on; badges wait in the staff view.</source>
        <translation>%1 Les enregistrements continuent ; les badges attendent dans l'espace équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff.py" line="411" />
        <source>Badge cancelled.</source>
        <translation>Badge annulé.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="244" />
        <source>Staff only</source>
        <translation>Réservé à l'équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="256" />
        <source>Attendee names are hidden because this kiosk has no staff PIN. To see them, set a PIN on this computer with the command: kiosk set-pin</source>
        <translation>Les noms des participants sont masqués car cette borne n'a pas de code PIN équipe. Pour les voir, définissez un code PIN sur cet ordinateur avec la commande : kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="269" />
        <source>Nothing waiting: every registration has been delivered.</source>
        <translation>Rien en attente : toutes les inscriptions ont été transmises.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="288" />
        <source>Retry selected now</source>
        <translation>Renvoyer la sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="291" />
        <source>Retry all now</source>
        <translation>Tout renvoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="299" />
        <source>Desk mode</source>
        <translation>Mode guichet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="307" />
        <source>Registrations not yet delivered</source>
        <translation>Inscriptions pas encore transmises</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="321" />
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="325" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="330" />
        <source>Close the kiosk?</source>
        <translation>Fermer la borne ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="334" />
        <source>Attendees cannot register here until the kiosk is started again.</source>
        <translation>Les participants ne pourront plus s'inscrire ici tant que la borne n'aura pas redémarré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="363" />
        <source>‹ Leave the staff view</source>
        <translation>‹ Quitter l'espace équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="374" />
        <source>‹ Previous page</source>
        <translation>‹ Page précédente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="377" />
        <source>Next page ›</source>
        <translation>Page suivante ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="427" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="431" />
        <source>Set a staff PIN to choose the door's event</source>
        <translation>Définissez un code PIN équipe pour choisir l'événement de la porte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="452" />
        <source>Door: %1 · %2</source>
        <translation>Porte : %1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="453" />
        <source>any event</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="454" />
        <source>whole event</source>
        <translation>tout l'événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="476" />
        <source>Setup check</source>
        <translation>Vérification de l'installation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="478" />
        <source>Check this kiosk's setup</source>
        <translation>Vérifier l'installation de cette borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="515" />
        <source>The setup check could not run. Run kiosk doctor on this computer.</source>
        <translation>La vérification n'a pas pu s'exécuter. Lancez kiosk doctor sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="518" />
        <source>On-screen keyboard</source>
        <translation>Clavier à l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="519" />
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Badge printer</source>
        <translation>Imprimante de badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="520" />
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="521" />
        <source>Events API</source>
        <translation>API des événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="523" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="524" />
        <source>Needs fixing</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="526" />
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="532" />
        <source>Ready to run the kiosk.</source>
        <translation>Prête à fonctionner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="533" />
        <source>Items to fix: %1</source>
        <translation>Points à corriger : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="555" />
        <source>Print now</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="558" />
        <source>Cancel badge</source>
        <translation>Annuler le badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="562" />
        <source>Badge preview</source>
        <translation>Aperçu du badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="571" />
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="600" />
        <source>Enter the staff PIN to close the kiosk.</source>
        <translation>Saisissez le code PIN équipe pour fermer la borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="602" />
        <source>Enter the staff PIN to search for attendees.</source>
        <translation>Saisissez le code PIN équipe pour rechercher des participants.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="603" />
        <source>Enter the staff PIN.</source>
        <translation>Saisissez le code PIN équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="732" />
        <source>Rows %1–%2 of %3</source>
        <translation>Lignes %1 à %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="858" />
        <source>Tap a badge first, then Cancel badge.</source>
        <translation>Touchez d'abord un badge, puis « Annuler le badge ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="895" />
        <source>Tap a registration first, then Retry selected now.</source>
        <translation>Touchez d'abord une inscription, puis « Renvoyer la sélection ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="782" />
        <source>Badge printer %1: %2</source>
        <translation>Imprimante de badges %1 : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="816" />
        <source>Badge %1</source>
        <translation>Badge %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="818" />
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="805" />
        <source>%Ln badge(s) waiting</source>
        <translation>
                <numerusform>%Ln badge en attente</numerusform>
                <numerusform>%Ln badges en attente</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="229" />
        <source>Staff PIN</source>
        <translation>Code PIN équipe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="709" />
        <source>%Ln registration(s) waiting to be sent</source>
        <translation>
                <numerusform>%Ln inscription en attente d'envoi</numerusform>
                <numerusform>%Ln inscriptions en attente d'envoi</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="711" />
        <source>%Ln registration(s) stuck</source>
        <translation>
                <numerusform>%Ln inscription bloquée</numerusform>
                <numerusform>%Ln inscriptions bloquées</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="713" />
        <source>%Ln registration(s) refused by the server</source>
        <translation>
                <numerusform>%Ln inscription refusée par le serveur</numerusform>
                <numerusform>%Ln inscriptions refusées par le serveur</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="749" />
        <source>%Ln registration(s) delivered.</source>
        <translation>
                <numerusform>%Ln inscription transmise.</numerusform>
                <numerusform>%Ln inscriptions transmises.</numerusform>
            </translation></message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="754" />
        <source>%Ln registration(s) refused again (see the reason).</source>
        <translation>
                <numerusform>%Ln inscription de nouveau refusée (voir le motif).</numerusform>
                <numerusform>%Ln inscriptions de nouveau refusées (voir le motif).</numerusform>
            </translation></message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="780" />
        <source>Badge printer %1: %2 – %3</source>
        <translation>Imprimante de badges %1 : %2 – %3</translation>
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
        <translation>Envoi des badges en attente à l'imprimante…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="878" />
        <source>Sending %Ln registration(s) again…</source>
        <translation>
                <numerusform>Renvoi de %Ln inscription…</numerusform>
                <numerusform>Renvoi de %Ln inscriptions…</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="880" />
        <source>Nothing to send again.</source>
        <translation>Rien à renvoyer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="887" />
        <source>Could not send again: the kiosk cannot read its queue. Try again.</source>
        <translation>Renvoi impossible : la borne ne peut pas lire sa file d'envoi. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="902" />
        <source>Sending again…</source>
        <translation>Renvoi en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="499" />
        <location filename="../../kiosk/ui/screens/staff.py" line="921" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="944" />
        <source>That PIN is not right.</source>
        <translation>Ce code PIN est incorrect.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="962" />
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1.</translation>
    </message>
</context>
<context>
    <name>StaffSearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="103" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="104" />
        <source>First or last name</source>
        <translation>Prénom ou nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="108" />
        <source>Clear the name</source>
        <translation>Effacer le nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="123" />
        <source>Find an attendee</source>
        <translation>Rechercher un participant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="136" />
        <source>Check in</source>
        <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="141" />
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="146" />
        <source>Back to the results</source>
        <translation>Retour aux résultats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="163" />
        <source>‹ Done: back to scanning</source>
        <translation>‹ Terminé : retour au scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="194" />
        <source>Type at least two letters of a first or last name.</source>
        <translation>Saisissez au moins deux lettres d'un prénom ou d'un nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="199" />
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="217" />
        <source>Found: %Ln. Tap the right person.</source>
        <translation>
                <numerusform>Résultat : %Ln. Touchez la bonne personne.</numerusform>
                <numerusform>Résultats : %Ln. Touchez la bonne personne.</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="219" />
        <source>No one found. Try the first name or the last name instead, or fewer letters.</source>
        <translation>Aucun résultat. Essayez plutôt avec le prénom ou le nom seul, ou avec moins de lettres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="227" />
        <source>The search is not available right now. Please try again in a moment.</source>
        <translation>La recherche n'est pas disponible pour le moment. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="256" />
        <source>This registration has no check-in code.</source>
        <translation>Cette inscription n'a pas de code d'enregistrement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="262" />
        <source>The badge is being printed again.</source>
        <translation>Le badge est en cours de réimpression.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="267" />
        <source>This registration cannot be opened right now. Please try again.</source>
        <translation>Impossible d'ouvrir cette inscription pour le moment. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="107" />
        <source>Still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113" />
        <source>What you entered is kept if you tap Yes. Otherwise the kiosk starts over for the next person and forgets it.</source>
        <translation>Si vous touchez « Oui », ce que vous avez saisi est conservé. Sinon, la borne recommence à zéro pour la personne suivante et l'efface.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="117" />
        <source>Yes, I'm still here</source>
        <translation>Oui, je suis là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="119" />
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="158" />
        <source>Starting over in %Ln s</source>
        <translation>
                <numerusform>Remise à zéro dans %Ln s</numerusform>
                <numerusform>Remise à zéro dans %Ln s</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="429" />
        <source>Badge printing is switched off.</source>
        <translation>L'impression des badges est désactivée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="431" />
        <source>There is no print queue named “%1”.</source>
        <translation>Il n'existe pas de file d'impression nommée « %1 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="434" />
        <source>The print system (CUPS) does not answer.</source>
        <translation>Le système d'impression (CUPS) ne répond pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="437" />
        <source>The printer is stopped: %1</source>
        <translation>L'imprimante est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="438" />
        <source>The printer is stopped.</source>
        <translation>L'imprimante est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="441" />
        <source>The printer refuses new jobs: %1</source>
        <translation>L'imprimante refuse les nouvelles tâches : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="442" />
        <source>The printer refuses new jobs.</source>
        <translation>L'imprimante refuse les nouvelles tâches.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="445" />
        <source>The printer is out of paper or labels.</source>
        <translation>L'imprimante n'a plus de papier ou d'étiquettes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="447" />
        <source>The paper or labels are jammed in the printer.</source>
        <translation>Le papier ou les étiquettes sont coincés dans l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="449" />
        <source>A cover of the printer is open.</source>
        <translation>Un capot de l'imprimante est ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="451" />
        <source>The printer is offline.</source>
        <translation>L'imprimante est hors ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="452" />
        <source>The printer reports a problem: %1</source>
        <translation>L'imprimante signale un problème : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="458" />
        <source>The badge could not be printed: %1</source>
        <translation>Le badge n'a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="461" />
        <source>The badge template does not fit this paper: %1</source>
        <translation>Le modèle de badge ne convient pas à ce papier : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="464" />
        <source>The print log cannot be written: %1</source>
        <translation>Impossible d'écrire le journal d'impression : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="466" />
        <source>Badge printing failed; see the kiosk's log.</source>
        <translation>L'impression du badge a échoué ; consultez le journal de la borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="150" />
        <source>%1 time</source>
        <translation>heure de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="166" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="168" />
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="179" />
        <source>Date to be announced</source>
        <translation>Date à confirmer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="78" />
        <location filename="../../kiosk/ui/text.py" line="183" />
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="35" />
        <source>I agree that the organiser stores my details to manage my registration and may e-mail me about this event.</source>
        <translation>J'accepte que l'organisateur conserve mes données pour gérer mon inscription et m'envoie des e-mails au sujet de cet événement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="65" />
        <source>dddd d MMMM</source>
        <comment>a date format (Qt): weekday, day, month</comment>
        <translation>dddd d MMMM</translation>
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
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="260" />
        <source>Starting now</source>
        <translation>Début imminent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="261" />
        <source>Starts in %Ln min</source>
        <translation>
                <numerusform>Début dans %Ln min</numerusform>
                <numerusform>Début dans %Ln min</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="263" />
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="271" />
        <source>Open for registration</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="274" />
        <source>Full – waitlist open</source>
        <translation>Complet – liste d'attente ouverte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="276" />
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="278" />
        <source>Registration closed</source>
        <translation>Inscriptions closes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="280" />
        <source>Event has ended</source>
        <translation>Événement terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="281" />
        <source>Register with a staff member</source>
        <translation>Inscription auprès de l'équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="664" />
        <location filename="../../kiosk/ui/delegates.py" line="970" />
        <location filename="../../kiosk/ui/text.py" line="298" />
        <source>Fully booked</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/delegates.py" line="665" />
        <location filename="../../kiosk/ui/delegates.py" line="971" />
        <location filename="../../kiosk/ui/text.py" line="300" />
        <source>Full – waitlist</source>
        <translation>Complet – liste d'attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/delegates.py" line="663" />
        <location filename="../../kiosk/ui/delegates.py" line="969" />
        <location filename="../../kiosk/ui/text.py" line="304" />
        <source>%Ln seat(s) left</source>
        <translation>
                <numerusform>%Ln place restante</numerusform>
                <numerusform>%Ln places restantes</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="312" />
        <source>Registration for this event is closed.</source>
        <translation>Les inscriptions à cet événement sont closes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="314" />
        <source>This event is full.</source>
        <translation>Cet événement est complet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="316" />
        <source>This event has ended.</source>
        <translation>Cet événement est terminé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="318" />
        <source>Please ask a staff member to register you for this event.</source>
        <translation>Veuillez demander à un membre de l'équipe de vous inscrire à cet événement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="327" />
        <source>This is too long. Please shorten it.</source>
        <translation>Ce texte est trop long. Veuillez le raccourcir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/text.py" line="328" />
        <source>Please shorten this to %Ln character(s) or fewer.</source>
        <translation>
                <numerusform>Veuillez ne pas dépasser %Ln caractère.</numerusform>
                <numerusform>Veuillez ne pas dépasser %Ln caractères.</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="330" />
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>Cette adresse e-mail ne semble pas valide (name@example.org).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="332" />
        <source>Please choose one of the options.</source>
        <translation>Veuillez choisir l'une des options.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="334" />
        <source>This contains characters that cannot be used.</source>
        <translation>Ce texte contient des caractères non autorisés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="336" />
        <source>Please tick the box to agree before registering.</source>
        <translation>Veuillez cocher la case pour donner votre accord avant de vous inscrire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text.py" line="338" />
        <source>A session you chose is fully booked. Please remove it.</source>
        <translation>Une session que vous avez choisie est complète. Veuillez la retirer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="373" />
        <source>Time to be announced</source>
        <translation>Horaire à confirmer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="142" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="143" />
        <location filename="../../kiosk/ui/screens/register.py" line="223" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="51" />
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="53" />
        <source>Checked in at %1</source>
        <translation>Arrivée enregistrée à %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="55" />
        <source>On the waitlist</source>
        <translation>Sur liste d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="57" />
        <source>Payment not completed</source>
        <translation>Paiement non finalisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checkin_search.py" line="58" />
        <source>Registered, not checked in yet</source>
        <translation>Inscription valide, arrivée pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="110" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="111" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="112" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="113" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="114" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="115" />
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="133" />
        <source>Any event</source>
        <translation>Tout événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="137" />
        <source>Check-in</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="141" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="143" />
        <source>Stuck</source>
        <translation>Bloqué</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="145" />
        <source>Waiting (%Ln attempt(s))</source>
        <translation>
                <numerusform>En attente (%Ln tentative)</numerusform>
                <numerusform>En attente (%Ln tentatives)</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="979" />
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="980" />
        <source>printing</source>
        <translation>impression en cours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="981" />
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="982" />
        <source>refusing jobs</source>
        <translation>refuse les tâches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="983" />
        <source>needs attention</source>
        <translation>intervention requise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="984" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="985" />
        <source>print system not answering</source>
        <translation>le système d'impression ne répond pas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="986" />
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="987" />
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
</context>
</TS>