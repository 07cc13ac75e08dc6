<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AppStartup</name>
    <message>
        <source>Appointment booking for the front desk of a practice.</source>
        <translation>Terminvergabe für den Empfang einer Praxis.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>Uses the database file PATH (otherwise EMPFANG_DB or the per-user data folder).</source>
        <translation>Verwendet die Datenbankdatei PFAD (sonst EMPFANG_DB oder den Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Opens a separate demo database with sample practitioners, types and appointments.</source>
        <translation>Öffnet eine separate Demo-Datenbank mit Beispiel-Behandler:innen, -Terminarten und -Terminen.</translation>
    </message>
    <message>
        <source>Empfang cannot start</source>
        <translation>Empfang kann nicht starten</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>The demo data could not be created.</source>
        <translation>Die Demodaten konnten nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>There is no appointment with the number %1.</source>
        <translation>Es gibt keinen Termin mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>AppointmentTypeRepository</name>
    <message>
        <source>The appointment type needs a name.</source>
        <translation>Der Name der Terminart fehlt. Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>Die Dauer muss zwischen 1 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>Buffers must be between 0 and %1 minutes.</source>
        <translation>Pufferzeiten müssen zwischen 0 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>There is no appointment type with the number %1.</source>
        <translation>Es gibt keine Terminart mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommands</name>
    <message>
        <source>The end date must not lie before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>No free slots in this period.</source>
        <translation>In diesem Zeitraum gibt es keine freien Zeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Free slots (%n minutes each):</source>
        <translation>
            <numerusform>Freie Zeiten (je %n Minute):</numerusform>
            <numerusform>Freie Zeiten (je %n Minuten):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no free slot for this appointment type within the booking horizon of %n days.</source>
        <translation>
            <numerusform>Innerhalb des Buchungshorizonts von %n Tag gibt es keine freie Zeit für diese Terminart.</numerusform>
            <numerusform>Innerhalb des Buchungshorizonts von %n Tagen gibt es keine freie Zeit für diese Terminart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next free slot: %1 – %2 with %3 (practitioner %4).</source>
        <translation>Nächste freie Zeit: %1 – %2 bei %3 (Behandler:in %4).</translation>
    </message>
</context>
<context>
    <name>AvailabilityService</name>
    <message>
        <source>The end date must not lie before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>No practitioner offers &quot;%1&quot;.</source>
        <translation>Kein:e Behandler:in bietet „%1“ an.</translation>
    </message>
</context>
<context>
    <name>BookingCommands</name>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Please give either --patient NAME or --patient-id ID.</source>
        <translation>Bitte geben Sie entweder --patient NAME oder --patient-id ID an.</translation>
    </message>
    <message>
        <source>The patient needs a name.</source>
        <translation>Der Name der Patient:in fehlt. Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (geb. %2)</translation>
    </message>
    <message>
        <source>Several patients are called &quot;%1&quot; (numbers %2). Please choose one with --patient-id; nothing was booked.</source>
        <translation>Mehrere Patient:innen heißen „%1“ (Nummern %2). Bitte wählen Sie eine davon mit --patient-id aus; es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>Appointment %1 booked: %2–%3, %4, %5.</source>
        <translation>Termin %1 gebucht: %2–%3, %4, %5.</translation>
    </message>
    <message>
        <source>Appointment %1 moved: %2–%3, %4, %5.</source>
        <translation>Termin %1 verschoben: %2–%3, %4, %5.</translation>
    </message>
    <message>
        <source>Appointment %1 cancelled: %2–%3, %4, %5.</source>
        <translation>Termin %1 abgesagt: %2–%3, %4, %5.</translation>
    </message>
    <message>
        <source>The end date must not lie before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler:in</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No appointments in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Termine.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No patients found.</source>
        <translation>Keine Patient:innen gefunden.</translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>This time lies in the past.</source>
        <translation>Dieser Zeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>This time is too soon: the practice requires more notice.</source>
        <translation>Dieser Zeitpunkt ist zu kurzfristig: Die Praxis verlangt einen längeren Mindestvorlauf.</translation>
    </message>
    <message>
        <source>This time lies beyond the booking horizon of the practice.</source>
        <translation>Dieser Zeitpunkt liegt außerhalb des Buchungshorizonts der Praxis.</translation>
    </message>
    <message>
        <source>This time lies outside the practitioner&apos;s working hours.</source>
        <translation>Dieser Zeitpunkt liegt außerhalb der Arbeitszeiten der Behandler:in.</translation>
    </message>
    <message>
        <source>The practitioner is absent at this time.</source>
        <translation>Die Behandler:in ist zu dieser Zeit abwesend.</translation>
    </message>
    <message>
        <source>The practitioner is busy in their calendar at this time.</source>
        <translation>Im Kalender der Behandler:in ist diese Zeit bereits belegt.</translation>
    </message>
    <message>
        <source>This time overlaps another appointment of the practitioner (buffer times included).</source>
        <translation>Diese Zeit überschneidet sich mit einem anderen Termin der Behandler:in (einschließlich Pufferzeiten).</translation>
    </message>
    <message>
        <source>Nothing was booked or changed.</source>
        <translation>Es wurde nichts gebucht oder geändert.</translation>
    </message>
    <message>
        <source>Please choose a patient or enter a new patient&apos;s name.</source>
        <translation>Bitte wählen Sie eine Patient:in aus oder geben Sie den Namen einer neuen Patient:in ein.</translation>
    </message>
    <message>
        <source>Only booked appointments can be moved.</source>
        <translation>Nur gebuchte Termine können verschoben werden.</translation>
    </message>
    <message>
        <source>This appointment is not booked and cannot be cancelled.</source>
        <translation>Dieser Termin ist nicht gebucht und kann nicht abgesagt werden.</translation>
    </message>
    <message>
        <source>Only booked appointments can be marked as no-show.</source>
        <translation>Nur gebuchte Termine können als „nicht erschienen“ markiert werden.</translation>
    </message>
    <message>
        <source>An appointment can be marked as no-show only once it has begun.</source>
        <translation>Ein Termin kann erst nach seinem Beginn als „nicht erschienen“ markiert werden.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The command &quot;%1&quot; is not available in this version.</source>
        <translation>Der Befehl „%1“ ist in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--%1 expects a number such as 3 (see the list commands), not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Nummer wie 3 (siehe die list-Befehle), nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>Adds a practitioner.</source>
        <translation>Legt eine Behandler:in an.</translation>
    </message>
    <message>
        <source>Lists the practitioners.</source>
        <translation>Listet die Behandler:innen auf.</translation>
    </message>
    <message>
        <source>Adds an appointment type (duration and buffers in minutes). Every practitioner offers it.</source>
        <translation>Legt eine Terminart an (Dauer und Pufferzeiten in Minuten). Alle Behandler:innen bieten sie an.</translation>
    </message>
    <message>
        <source>Lists the appointment types.</source>
        <translation>Listet die Terminarten auf.</translation>
    </message>
    <message>
        <source>Adds one working interval on a weekday (1 = Monday, 7 = Sunday); call again for split shifts.</source>
        <translation>Fügt einem Wochentag ein Arbeitszeit-Intervall hinzu (1 = Montag, 7 = Sonntag); für geteilte Dienste erneut aufrufen.</translation>
    </message>
    <message>
        <source>Shows the weekly working hours of a practitioner.</source>
        <translation>Zeigt die wöchentlichen Arbeitszeiten einer Behandler:in.</translation>
    </message>
    <message>
        <source>Adds an absence. Bare dates (YYYY-MM-DD) mean whole days, both included.</source>
        <translation>Trägt eine Abwesenheit ein. Reine Datumsangaben (JJJJ-MM-TT) bedeuten ganze Tage, beide eingeschlossen.</translation>
    </message>
    <message>
        <source>Shows the absences of a practitioner (default: from today for one year).</source>
        <translation>Zeigt die Abwesenheiten einer Behandler:in (Standard: ab heute für ein Jahr).</translation>
    </message>
    <message>
        <source>Shows the free slots of a practitioner for a type, both dates included.</source>
        <translation>Zeigt die freien Zeiten einer Behandler:in für eine Terminart, beide Datumsangaben eingeschlossen.</translation>
    </message>
    <message>
        <source>Finds the earliest free slot of a type with any practitioner who offers it.</source>
        <translation>Sucht die früheste freie Zeit einer Terminart bei allen Behandler:innen, die sie anbieten.</translation>
    </message>
    <message>
        <source>Books an appointment. --patient uses the patient with exactly this name or creates a new one.</source>
        <translation>Bucht einen Termin. --patient nimmt die Patient:in mit genau diesem Namen oder legt sie neu an.</translation>
    </message>
    <message>
        <source>Moves an appointment to a new start (optionally to another practitioner).</source>
        <translation>Verschiebt einen Termin auf eine neue Startzeit (optional zu einer anderen Behandler:in).</translation>
    </message>
    <message>
        <source>Cancels an appointment; its time becomes free.</source>
        <translation>Sagt einen Termin ab; seine Zeit wird wieder frei.</translation>
    </message>
    <message>
        <source>Lists the appointments of a date range, both dates included, in every status.</source>
        <translation>Listet die Termine eines Zeitraums in jedem Status auf, beide Datumsangaben eingeschlossen.</translation>
    </message>
    <message>
        <source>Lists patients; --search matches name parts, birth date or phone.</source>
        <translation>Listet Patient:innen auf; --search findet Namensteile, Geburtsdatum oder Telefonnummer.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--json] %2</source>
        <translation>Aufruf: %1 [--db PATH] [--json] %2</translation>
    </message>
    <message>
        <source>%1 – administration and automation for Empfang.</source>
        <translation>%1 – Verwaltung und Automatisierung für Empfang.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>Aufruf: %1 [--db PATH] [--json] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>database file (default: EMPFANG_DB or the user&apos;s data folder)</source>
        <translation>Datenbankdatei (Standard: EMPFANG_DB oder der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <source>machine-readable output (JSON) on stdout</source>
        <translation>maschinenlesbare Ausgabe (JSON) auf stdout</translation>
    </message>
    <message>
        <source>this help; COMMAND --help for one command</source>
        <translation>diese Hilfe; BEFEHL --help für einen einzelnen Befehl</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>die Version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>TIME is practice time as YYYY-MM-DDTHH:MM (or with an offset such as +01:00 or Z); DATE is YYYY-MM-DD.</source>
        <translation>TIME ist Praxiszeit im Format JJJJ-MM-TTTHH:MM (oder mit Zeitzonen-Versatz wie +01:00 oder Z); DATE ist JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (nothing changed), 2 usage error.</source>
        <translation>Exit-Codes: 0 erledigt, 1 abgelehnt (nichts geändert), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Die Liste der Befehle zeigt „%1 --help“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The option --db needs a file name.</source>
        <translation>Die Option --db braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>Es wurde kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>„%1“ braucht einen dieser Unterbefehle: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; has no option --%2.</source>
        <translation>Der Befehl „%1“ hat keine Option --%2.</translation>
    </message>
    <message>
        <source>The option --%1 was given twice.</source>
        <translation>Die Option --%1 wurde zweimal angegeben.</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>Die Option --%1 fehlt.</translation>
    </message>
</context>
<context>
    <name>ConsentLog</name>
    <message>
        <source>Consent granted</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Consent withdrawn (disconnected)</source>
        <translation>Einwilligung widerrufen (Verbindung getrennt)</translation>
    </message>
    <message>
        <source>Access revoked in the Google account</source>
        <translation>Zugriff im Google-Konto widerrufen</translation>
    </message>
    <message>
        <source>Fewer permissions granted</source>
        <translation>Weniger Berechtigungen erteilt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Practitioner ID</source>
        <translation>Behandler:in (ID)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action (key)</source>
        <translation>Aktion (Schlüssel)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Version Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Notice SHA-256</source>
        <translation>SHA-256 Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Granted permissions</source>
        <translation>Erteilte Berechtigungen</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Benutzer (Betriebssystem)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database could not be read or written (%1). Nothing was changed.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be opened: %2.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Empfang database or is damaged. The file was left unchanged; restore it from a backup.</source>
        <translation>„%1“ ist keine Empfang-Datenbank oder ist beschädigt. Die Datei wurde nicht verändert; bitte stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The folder for the database &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner für die Datenbank „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be created: %2.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not of Empfang. It was left unchanged.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, nicht von Empfang. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of Empfang (schema %2; this version knows up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>Die Datenbank „%1“ wurde von einer neueren Version von Empfang geschrieben (Schema %2; diese Version kennt bis Schema %3). Bitte installieren Sie die neuere Version. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>GoogleCalendarList</name>
    <message>
        <source>The list of calendars could not be loaded: %1</source>
        <translation>Die Kalenderliste konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The patient needs a name.</source>
        <translation>Der Name der Patient:in fehlt. Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>There is no patient with the number %1.</source>
        <translation>Es gibt keine Patient:in mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>PractitionerCommands</name>
    <message>
        <source>Practitioner %1 &quot;%2&quot; was added.</source>
        <translation>Behandler:in %1 „%2“ wurde angelegt.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No practitioners yet.</source>
        <translation>Noch keine Behandler:innen angelegt.</translation>
    </message>
    <message>
        <source>Appointment type %1 &quot;%2&quot; (%3 min) was added.</source>
        <translation>Terminart %1 „%2“ (%3 Min.) wurde angelegt.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>Pufferzeit vorher</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>Pufferzeit nachher</translation>
    </message>
    <message>
        <source>No appointment types yet.</source>
        <translation>Noch keine Terminarten angelegt.</translation>
    </message>
</context>
<context>
    <name>PractitionerRepository</name>
    <message>
        <source>There is no practitioner with the number %1.</source>
        <translation>Es gibt keine Behandler:in mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The practitioner needs a name.</source>
        <translation>Der Name der Behandler:in fehlt. Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A duration must be at least one minute.</source>
        <translation>Eine Dauer muss mindestens eine Minute betragen.</translation>
    </message>
    <message>
        <source>%1 does not offer &quot;%2&quot;.</source>
        <translation>%1 bietet „%2“ nicht an.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Working hours added: %1 %2–%3.</source>
        <translation>Arbeitszeit hinzugefügt: %1 %2–%3.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>No working hours yet: add them with &quot;hours set&quot;.</source>
        <translation>Noch keine Arbeitszeiten: Fügen Sie sie mit „hours set“ hinzu.</translation>
    </message>
    <message>
        <source>Absence %1 added: %2 – %3.</source>
        <translation>Abwesenheit %1 eingetragen: %2 – %3.</translation>
    </message>
    <message>
        <source>Note: appointment %1 (%2, %3) lies in this absence and is still booked.</source>
        <translation>Hinweis: Termin %1 (%2, %3) liegt in dieser Abwesenheit und ist weiterhin gebucht.</translation>
    </message>
    <message>
        <source>The end date must not lie before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No absences in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Abwesenheiten.</translation>
    </message>
</context>
<context>
    <name>SchedulePainter</name>
    <message>
        <source>free %1–%2</source>
        <translation>frei %1–%2</translation>
    </message>
    <message>
        <source>No-show: </source>
        <translation>Nicht erschienen: </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>The weekday must be between 1 (Monday) and 7 (Sunday).</source>
        <translation>Der Wochentag muss zwischen 1 (Montag) und 7 (Sonntag) liegen.</translation>
    </message>
    <message>
        <source>Working hours need a valid start and end time (HH:MM).</source>
        <translation>Arbeitszeiten brauchen eine gültige Start- und Endzeit (HH:MM).</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Arbeitszeiten müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The validity must end after it starts.</source>
        <translation>Das Ende der Gültigkeit muss nach ihrem Beginn liegen.</translation>
    </message>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Eine Abwesenheit muss nach ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The practice needs a name.</source>
        <translation>Der Name der Praxis fehlt. Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>The slot step must be between 1 and 240 minutes.</source>
        <translation>Der Rasterschritt muss zwischen 1 und 240 Minuten liegen.</translation>
    </message>
    <message>
        <source>The minimum notice must be between 0 minutes and 90 days.</source>
        <translation>Der Mindestvorlauf muss zwischen 0 Minuten und 90 Tagen liegen.</translation>
    </message>
    <message>
        <source>The booking horizon must be between 1 and 3650 days.</source>
        <translation>Der Buchungshorizont muss zwischen 1 und 3650 Tagen liegen.</translation>
    </message>
</context>
<context>
    <name>TimeParsing</name>
    <message>
        <source>&quot;%1&quot; is not a valid date. Please write it as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>„%1“ ist kein gültiges Datum. Bitte schreiben Sie es als JJJJ-MM-TT, z. B. 2026-12-07.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time of day. Please write it as HH:MM between 00:00 and 23:59, e.g. 08:30.</source>
        <translation>„%1“ ist keine gültige Uhrzeit. Bitte schreiben Sie sie als HH:MM zwischen 00:00 und 23:59, z. B. 08:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time. Please write it as YYYY-MM-DDTHH:MM (practice time), e.g. 2026-12-07T09:00, or with an offset such as 2026-12-07T09:00+01:00.</source>
        <translation>„%1“ ist kein gültiger Zeitpunkt. Bitte schreiben Sie ihn als JJJJ-MM-TTTHH:MM (Praxiszeit), z. B. 2026-12-07T09:00, oder mit Zeitzonen-Versatz wie 2026-12-07T09:00+01:00.</translation>
    </message>
    <message>
        <source>%1 does not exist in the practice time zone %2 (the clocks are changed for daylight saving time). Please choose another time.</source>
        <translation>%1 gibt es in der Zeitzone der Praxis (%2) nicht, weil die Uhren auf Sommerzeit umgestellt werden. Bitte wählen Sie eine andere Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>empfang::AbsencesTab</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason (optional, e.g. holiday)</source>
        <translation>Grund (optional, z. B. Urlaub)</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Abwesenheit eintragen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Behandler:in:</translation>
    </message>
    <message>
        <source>Please add a practitioner first.</source>
        <translation>Bitte legen Sie zuerst eine Behandler:in an.</translation>
    </message>
    <message>
        <source>Absence added.</source>
        <translation>Abwesenheit eingetragen.</translation>
    </message>
    <message>
        <source>Please choose an absence in the table first.</source>
        <translation>Bitte wählen Sie zuerst eine Abwesenheit in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Absence removed.</source>
        <translation>Abwesenheit entfernt.</translation>
    </message>
</context>
<context>
    <name>empfang::AppointmentOperations</name>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>Gebucht: %1, %2.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verschoben auf %1.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2 (%3)? The time becomes free again.</source>
        <translation>Termin von %1 am %2 (%3) absagen? Die Zeit wird wieder frei.</translation>
    </message>
    <message>
        <source>Mark %1 as not attended on %2 (%3)?</source>
        <translation>%1 am %2 (%3) als nicht erschienen markieren?</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2.</source>
        <translation>Abgesagt: %1, %2.</translation>
    </message>
    <message>
        <source>Marked as no-show: %1, %2.</source>
        <translation>Als nicht erschienen markiert: %1, %2.</translation>
    </message>
</context>
<context>
    <name>empfang::BookingDialog</name>
    <message>
        <source>Book appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt; with &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt; bei &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name, birth date or phone – or a new patient&apos;s name</source>
        <translation>Name, Geburtsdatum oder Telefon – oder Name einer neuen Patient:in</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (optional)</source>
        <translation>TT.MM.JJJJ (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:in:</translation>
    </message>
    <message>
        <source>Birth date (new patient):</source>
        <translation>Geburtsdatum (neue Patient:in):</translation>
    </message>
    <message>
        <source>Phone (new patient):</source>
        <translation>Telefon (neue Patient:in):</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Terminart:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, geb. %1</translation>
    </message>
    <message>
        <source>, phone %1</source>
        <translation>, Tel. %1</translation>
    </message>
    <message>
        <source>New patient: %1</source>
        <translation>Neue Patient:in: %1</translation>
    </message>
    <message>
        <source>Please choose a patient or enter a new patient&apos;s name.</source>
        <translation>Bitte wählen Sie eine Patient:in aus oder geben Sie den Namen einer neuen Patient:in ein.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date like 31.12.1980. Nothing was booked.</source>
        <translation>Das Geburtsdatum „%1“ ist kein Datum im Format 31.12.1980. Es wurde nichts gebucht.</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleAuthorization</name>
    <message numerus="yes">
        <source>No answer arrived from the browser within %n minute(s). The connection was not made; please start again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Die Verbindung wurde nicht hergestellt; bitte starten Sie den Vorgang erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Die Verbindung wurde nicht hergestellt; bitte starten Sie den Vorgang erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Google OAuth client is configured. Enter the client ID and secret of the practice&apos;s Google Cloud project in the settings first.</source>
        <translation>Es ist kein Google-OAuth-Client eingerichtet. Bitte tragen Sie zuerst Client-ID und Client-Secret des Google-Cloud-Projekts der Praxis in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Empfang could not open a local port on 127.0.0.1 to receive Google&apos;s answer. Please try again.</source>
        <translation>Empfang konnte auf 127.0.0.1 keinen lokalen Port öffnen, um die Antwort von Google zu empfangen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to Google was cancelled.</source>
        <translation>Die Verbindung mit Google wurde abgebrochen.</translation>
    </message>
    <message>
        <source>You can close this browser window and return to Empfang.</source>
        <translation>Sie können dieses Browserfenster jetzt schließen und zu Empfang zurückkehren.</translation>
    </message>
    <message>
        <source>Google&apos;s answer did not belong to this connection attempt (the security check &quot;state&quot; failed). Nothing was stored. Please start the connection again from Empfang.</source>
        <translation>Die Antwort von Google gehörte nicht zu diesem Verbindungsversuch (die Sicherheitsprüfung „state“ ist fehlgeschlagen). Es wurde nichts gespeichert. Bitte starten Sie die Verbindung in Empfang erneut.</translation>
    </message>
    <message>
        <source>Access was not allowed in the Google window. Nothing was stored; the practitioner stays unconnected.</source>
        <translation>Der Zugriff wurde im Google-Fenster nicht erlaubt. Es wurde nichts gespeichert; die Behandler:in bleibt ohne Verbindung.</translation>
    </message>
    <message>
        <source>Google reported an error (%1). Nothing was stored; please try again.</source>
        <translation>Google hat einen Fehler gemeldet (%1). Es wurde nichts gespeichert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google&apos;s answer contained no authorization code. Please try again.</source>
        <translation>Die Antwort von Google enthielt keinen Autorisierungscode. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to Google …</source>
        <translation>Verbindung mit Google wird hergestellt …</translation>
    </message>
    <message>
        <source>Empfang received Google&apos;s answer and is finishing the connection.</source>
        <translation>Empfang hat die Antwort von Google erhalten und stellt die Verbindung fertig.</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the connection (%1). Please check the internet connection and try again.</source>
        <translation>Google war nicht erreichbar, um die Verbindung fertigzustellen (%1). Bitte prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google did not accept the authorization (%1). This happens when the security check (PKCE) fails or the code was already used. Please start the connection again.</source>
        <translation>Google hat die Autorisierung nicht angenommen (%1). Das passiert, wenn die Sicherheitsprüfung (PKCE) fehlschlägt oder der Code bereits verwendet wurde. Bitte starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Google did not accept the practice&apos;s OAuth client (%1). Please check the client ID and secret in the settings.</source>
        <translation>Google hat den OAuth-Client der Praxis nicht angenommen (%1). Bitte prüfen Sie Client-ID und Client-Secret in den Einstellungen.</translation>
    </message>
    <message>
        <source>Google did not finish the connection (HTTP %1, %2). Please try again.</source>
        <translation>Google hat die Verbindung nicht abgeschlossen (HTTP %1, %2). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The permission to see the calendar&apos;s busy times was not granted. Without it Empfang could book over existing appointments, so the connection was refused and the access just given was withdrawn at Google. Please connect again and leave &quot;See calendars&quot; ticked.</source>
        <translation>Die Berechtigung, die belegten Zeiten im Kalender zu sehen, wurde nicht erteilt. Ohne sie könnte Empfang über bestehende Termine hinweg buchen. Deshalb wurde die Verbindung abgelehnt und der gerade erteilte Zugriff bei Google wieder entzogen. Bitte verbinden Sie erneut und lassen Sie das Häkchen zum Ansehen der Kalender gesetzt.</translation>
    </message>
    <message>
        <source>Google could not be told (%1): please remove Empfang under Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</source>
        <translation>Google konnte nicht benachrichtigt werden (%1): Bitte entfernen Sie Empfang unter Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</translation>
    </message>
    <message>
        <source>Google did not issue a lasting access (no refresh token). Please try again.</source>
        <translation>Google hat keinen dauerhaften Zugriff erteilt (kein Refresh-Token). Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleConnectionService</name>
    <message>
        <source>Please remove Empfang&apos;s access yourself in the Google account under Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</source>
        <translation>Bitte entfernen Sie den Zugriff von Empfang selbst in Ihrem Google-Konto unter Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</translation>
    </message>
    <message>
        <source>Connecting needs the practitioner&apos;s consent: please read the privacy notice and tick the consent box.</source>
        <translation>Für die Verbindung ist die Einwilligung der Behandler:in nötig: Bitte lesen Sie den Datenschutzhinweis und setzen Sie das Häkchen bei der Einwilligung.</translation>
    </message>
    <message>
        <source>The privacy notice is missing from this build, so no consent can be given. Please reinstall Empfang.</source>
        <translation>In dieser Programmversion fehlt der Datenschutzhinweis, daher kann keine Einwilligung erteilt werden. Bitte installieren Sie Empfang neu.</translation>
    </message>
    <message>
        <source>No Google OAuth client is configured. Enter the client ID and secret of the practice&apos;s Google Cloud project in the settings first.</source>
        <translation>Es ist kein Google-OAuth-Client eingerichtet. Bitte tragen Sie zuerst Client-ID und Client-Secret des Google-Cloud-Projekts der Praxis in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>A connection for this practitioner is already being made.</source>
        <translation>Für diese Behandler:in wird bereits eine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The connection to Google was cancelled.</source>
        <translation>Die Verbindung mit Google wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected read-only: Google allowed reading busy times but not writing appointments. Busy times are taken into account; bookings are not entered in the Google calendar. To change this, disconnect and connect again with both permissions ticked.</source>
        <translation>Nur lesend verbunden: Google hat das Lesen der belegten Zeiten erlaubt, aber nicht das Eintragen von Terminen. Belegte Zeiten werden berücksichtigt; Buchungen werden nicht in den Google-Kalender eingetragen. Um das zu ändern, trennen Sie die Verbindung und verbinden Sie erneut mit beiden Berechtigungen angehakt.</translation>
    </message>
    <message>
        <source>Connected with Google.</source>
        <translation>Mit Google verbunden.</translation>
    </message>
    <message>
        <source>The Google connection was removed.</source>
        <translation>Die Google-Verbindung wurde entfernt.</translation>
    </message>
    <message>
        <source>The Google connection was removed from Empfang, but Google could not be told (%1).</source>
        <translation>Die Google-Verbindung wurde in Empfang entfernt, aber Google konnte nicht benachrichtigt werden (%1).</translation>
    </message>
    <message>
        <source>This practitioner is not connected with Google.</source>
        <translation>Diese Behandler:in ist nicht mit Google verbunden.</translation>
    </message>
    <message>
        <source>The access to the Google calendar was withdrawn in the Google account (or has expired). Empfang removed the stored access; busy times are no longer read and bookings no longer written. Connect again to resume.</source>
        <translation>Der Zugriff auf den Google-Kalender wurde im Google-Konto widerrufen (oder ist abgelaufen). Empfang hat den gespeicherten Zugriff entfernt; belegte Zeiten werden nicht mehr gelesen und Buchungen nicht mehr eingetragen. Verbinden Sie erneut, um den Abgleich fortzusetzen.</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is not in the practitioner&apos;s Google account. Please reload the list of calendars.</source>
        <translation>Der Kalender „%1“ ist nicht im Google-Konto der Behandler:in. Bitte laden Sie die Kalenderliste neu.</translation>
    </message>
    <message>
        <source>Empfang may not write to the calendar &quot;%1&quot;. Please choose one the practitioner owns.</source>
        <translation>Empfang darf nicht in den Kalender „%1“ schreiben. Bitte wählen Sie einen Kalender, der der Behandler:in gehört.</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleTokenClient</name>
    <message>
        <source>Google could not be reached (%1). Please check the internet connection and try again.</source>
        <translation>Google war nicht erreichbar (%1). Bitte prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google reported a temporary problem (HTTP %1). Please try again in a few minutes.</source>
        <translation>Google hat ein vorübergehendes Problem gemeldet (HTTP %1). Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Google refused the request (HTTP %1, %2).</source>
        <translation>Google hat die Anfrage abgelehnt (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>Google no longer accepts the stored access: it was revoked in the Google account or has expired.</source>
        <translation>Google akzeptiert den gespeicherten Zugriff nicht mehr: Er wurde im Google-Konto widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Google sent an answer Empfang does not understand. Please try again later.</source>
        <translation>Google hat eine Antwort gesendet, die Empfang nicht versteht. Bitte versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>empfang::HoursTab</name>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (optional)</source>
        <translation>TT.MM.JJJJ (optional)</translation>
    </message>
    <message>
        <source>Add interval</source>
        <translation>Intervall hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Behandler:in:</translation>
    </message>
    <message>
        <source>Please add a practitioner first.</source>
        <translation>Bitte legen Sie zuerst eine Behandler:in an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 31.12.2026. Nothing was changed.</source>
        <translation>„%1“ ist kein Datum im Format 31.12.2026. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;Valid until&quot; must not lie before &quot;valid from&quot;. Nothing was changed.</source>
        <translation>„Gültig bis“ darf nicht vor „Gültig ab“ liegen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Working hours added.</source>
        <translation>Arbeitszeit hinzugefügt.</translation>
    </message>
    <message>
        <source>Please choose an interval in the table first.</source>
        <translation>Bitte wählen Sie zuerst ein Intervall in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Working hours removed.</source>
        <translation>Arbeitszeit entfernt.</translation>
    </message>
</context>
<context>
    <name>empfang::KeychainTokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Empfang stores the Google access only there, so no connection can be made. Local booking keeps working. Please ask your IT administrator to set up the keychain (e.g. GNOME Keyring / KWallet) and log in again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Empfang speichert den Google-Zugriff nur dort, daher kann keine Verbindung hergestellt werden. Das Buchen in Empfang funktioniert weiterhin. Bitte lassen Sie den Schlüsselbund (z. B. GNOME Keyring / KWallet) von Ihrer IT-Betreuung einrichten und melden Sie sich danach neu an.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Please unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Bitte entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1). Please try again; if it persists, ask your IT administrator.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet (%1). Bitte versuchen Sie es erneut; tritt der Fehler weiterhin auf, wenden Sie sich an Ihre IT-Betreuung.</translation>
    </message>
</context>
<context>
    <name>empfang::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>Termin &amp;buchen…</translation>
    </message>
    <message>
        <source>&amp;Next free slot</source>
        <translation>&amp;Nächste freie Zeit</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment…</source>
        <translation>Termin &amp;absagen…</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>Nicht &amp;erschienen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show the next free slot of the chosen type (F3)</source>
        <translation>Nächste freie Zeit der gewählten Terminart anzeigen (F3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source> Practitioner: </source>
        <translation> Behandler:in: </translation>
    </message>
    <message>
        <source> Free slots for: </source>
        <translation> Freie Zeiten für: </translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler:innen</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>(no appointment types yet)</source>
        <translation>(noch keine Terminarten)</translation>
    </message>
    <message>
        <source>Empfang – %1</source>
        <translation>Empfang – %1</translation>
    </message>
    <message>
        <source>No practitioners yet: add them under File › Settings.</source>
        <translation>Noch keine Behandler:innen: Legen Sie sie unter Datei › Einstellungen an.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked appointment(s), %1 free start time(s) for %2</source>
        <translation>
            <numerusform>%n gebuchter Termin, freie Startzeiten für %2: %1</numerusform>
            <numerusform>%n gebuchte Termine, freie Startzeiten für %2: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No free slot within the booking horizon.</source>
        <translation>Innerhalb des Buchungshorizonts gibt es keine freie Zeit.</translation>
    </message>
</context>
<context>
    <name>empfang::MoveDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2, now %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2, bisher %3</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Behandler:in:</translation>
    </message>
</context>
<context>
    <name>empfang::PracticeTab</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Save practice settings</source>
        <translation>Praxiseinstellungen speichern</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>Name der Praxis:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Slot step:</source>
        <translation>Rasterschritt:</translation>
    </message>
    <message>
        <source>Minimum notice:</source>
        <translation>Mindestvorlauf:</translation>
    </message>
    <message>
        <source>Booking horizon:</source>
        <translation>Buchungshorizont:</translation>
    </message>
    <message>
        <source>Practice settings saved.</source>
        <translation>Praxiseinstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>empfang::PractitionersTab</name>
    <message>
        <source>Active (shown in the schedule)</source>
        <translation>Aktiv (im Terminplan angezeigt)</translation>
    </message>
    <message>
        <source>Add as new practitioner</source>
        <translation>Als neue Behandler:in anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save offered types</source>
        <translation>Angebotene Terminarten speichern</translation>
    </message>
    <message>
        <source>No type ticked means: offers every type.</source>
        <translation>Keine Terminart angehakt bedeutet: bietet alle Terminarten an.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Bietet an:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Practitioner &quot;%1&quot; added.</source>
        <translation>Behandler:in „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Please choose a practitioner in the list first.</source>
        <translation>Bitte wählen Sie zuerst eine Behandler:in in der Liste aus.</translation>
    </message>
    <message>
        <source>Practitioner &quot;%1&quot; saved.</source>
        <translation>Behandler:in „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Offers every appointment type.</source>
        <translation>Bietet alle Terminarten an.</translation>
    </message>
    <message numerus="yes">
        <source>Offers %n appointment type(s).</source>
        <translation>
            <numerusform>Bietet %n Terminart an.</numerusform>
            <numerusform>Bietet %n Terminarten an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>empfang::ScheduleView</name>
    <message>
        <source>%1–%2 %3
%4</source>
        <translation>%1–%2 %3
%4</translation>
    </message>
</context>
<context>
    <name>empfang::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandler:innen</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
</context>
<context>
    <name>empfang::TypesTab</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation>Aktiv (buchbar)</translation>
    </message>
    <message>
        <source>Add as new type</source>
        <translation>Als neue Terminart anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Buffer before:</source>
        <translation>Pufferzeit vorher:</translation>
    </message>
    <message>
        <source>Buffer after:</source>
        <translation>Pufferzeit nachher:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Colour of the type</source>
        <translation>Farbe der Terminart</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Appointment type &quot;%1&quot; added.</source>
        <translation>Terminart „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Please choose an appointment type in the list first.</source>
        <translation>Bitte wählen Sie zuerst eine Terminart in der Liste aus.</translation>
    </message>
    <message>
        <source>Appointment type &quot;%1&quot; saved.</source>
        <translation>Terminart „%1“ gespeichert.</translation>
    </message>
</context>
</TS>
