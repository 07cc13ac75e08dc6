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
    <message>
        <source>Checks that Empfang can start (database, plugins, translation) without opening a window, prints OK.</source>
        <translation>Prüft, ob Empfang starten kann (Datenbank, Plugins, Übersetzung), ohne ein Fenster zu öffnen, und gibt OK aus.</translation>
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
    <name>AuditLog</name>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>patient data exported</source>
        <translation>Patientendaten exportiert</translation>
    </message>
    <message>
        <source>patient erased</source>
        <translation>Patient:in gelöscht</translation>
    </message>
    <message>
        <source>retention cleanup</source>
        <translation>Löschung nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommands</name>
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
    <message>
        <source>Google</source>
        <translation>Google</translation>
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
    <message>
        <source>Only cancelled or no-show appointments can be booked again.</source>
        <translation>Nur abgesagte oder nicht wahrgenommene Termine können erneut gebucht werden.</translation>
    </message>
    <message>
        <source>Only a no-show can be marked as attended.</source>
        <translation>Nur ein nicht wahrgenommener Termin kann als „doch erschienen“ markiert werden.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The end date must not lie before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
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
        <source>Writes a backup of the database to FILE (never overwrites; safe while other workstations book) and checks it.</source>
        <translation>Schreibt eine Sicherung der Datenbank nach FILE (überschreibt nie; auch während andere Arbeitsplätze buchen) und prüft sie.</translation>
    </message>
    <message>
        <source>Replaces the database with a checked backup; the replaced database is kept as &lt;db&gt;.before-restore-&lt;time&gt;. Only while no Empfang uses the database. Needs --yes.</source>
        <translation>Ersetzt die Datenbank durch eine geprüfte Sicherung; die ersetzte Datenbank bleibt als &lt;db&gt;.before-restore-&lt;Zeit&gt; erhalten. Nur, solange kein Empfang die Datenbank benutzt. Braucht --yes.</translation>
    </message>
    <message>
        <source>Checks the database (SQLite integrity check) and shows schema version, counts and the last backup. Exit code 0 healthy, 1 damaged.</source>
        <translation>Prüft die Datenbank (Integritätsprüfung von SQLite) und zeigt Schema-Version, Anzahlen und die letzte Sicherung. Exit-Code 0 = in Ordnung, 1 = beschädigt.</translation>
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
    <message>
        <source>Shows the privacy notice a practitioner consents to before connecting Google, with version and SHA-256.</source>
        <translation>Zeigt den Datenschutzhinweis, in den eine Behandler:in vor der Verbindung mit Google einwilligt, mit Version und SHA-256.</translation>
    </message>
    <message>
        <source>Connects a practitioner&apos;s Google calendar: prints the address to open in the browser and waits for Google&apos;s answer (default 300 seconds).</source>
        <translation>Verbindet den Google-Kalender einer Behandler:in: Gibt die Adresse aus, die im Browser zu öffnen ist, und wartet auf die Antwort von Google (Standard: 300 Sekunden).</translation>
    </message>
    <message>
        <source>Removes a practitioner&apos;s Google connection: revokes the access at Google and deletes the stored key.</source>
        <translation>Entfernt die Google-Verbindung einer Behandler:in: Widerruft den Zugriff bei Google und löscht den gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>Shows the Google connection of every practitioner (never a token).</source>
        <translation>Zeigt die Google-Verbindung aller Behandler:innen (niemals ein Token).</translation>
    </message>
    <message>
        <source>Shows the consent log (grants and withdrawals) or exports it as CSV.</source>
        <translation>Zeigt das Einwilligungsprotokoll (Einwilligungen und Widerrufe) oder exportiert es als CSV.</translation>
    </message>
    <message>
        <source>Writes everything stored about a patient (GDPR Art. 15) to DIR as JSON and as a readable PDF.</source>
        <translation>Schreibt alle zu einer Patient:in gespeicherten Daten (Art. 15 DSGVO) nach DIR, als JSON und als lesbares PDF.</translation>
    </message>
    <message>
        <source>Erases a patient (GDPR Art. 17): future appointments are cancelled, past ones kept without the patient. Needs --yes.</source>
        <translation>Löscht eine Patient:in (Art. 17 DSGVO): Künftige Termine werden abgesagt, vergangene ohne Bezug zur Patient:in behalten. Erfordert --yes.</translation>
    </message>
    <message>
        <source>Shows or sets how many years patient data is kept after the last appointment (0 = keep); --run deletes what is due now.</source>
        <translation>Zeigt oder setzt, wie viele Jahre Patientendaten nach dem letzten Termin aufbewahrt werden (0 = unbegrenzt); --run löscht, was jetzt fällig ist.</translation>
    </message>
    <message>
        <source>Shows the audit log: who booked, moved, cancelled, exported or erased what, newest first.</source>
        <translation>Zeigt das Änderungsprotokoll: wer was gebucht, verschoben, abgesagt, exportiert oder gelöscht hat, neueste Einträge zuerst.</translation>
    </message>
    <message>
        <source>Writes the appointment card of a patient (all upcoming appointments) as a PDF.</source>
        <translation>Schreibt den Terminzettel einer Patient:in (alle anstehenden Termine) als PDF.</translation>
    </message>
    <message>
        <source>Books a series (prescription) of N sessions at the time of --start, on the weekdays of --weekdays (e.g. 1,4; default: the weekday of --start), every N weeks. --nearest takes the nearest free time on the same day when the time is taken, --any-practitioner also another practitioner who offers the type. All or nothing: if any session cannot be booked, nothing is booked.</source>
        <translation>Bucht eine Serie (Rezept) von N Terminen zur Uhrzeit von --start, an den Wochentagen von --weekdays (z. B. 1,4; Standard: der Wochentag von --start), alle N Wochen. --nearest nimmt die nächste freie Zeit am selben Tag, wenn die Zeit belegt ist, --any-practitioner auch eine andere Behandler:in, die die Terminart anbietet. Alles oder nichts: Lässt sich ein Termin nicht buchen, wird nichts gebucht.</translation>
    </message>
    <message>
        <source>--%1 expects a number such as 3 (see the list commands), not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Nummer wie 3 (siehe die list-Befehle), nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of 0 or more (digits only), not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von 0 oder mehr (nur Ziffern), nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 expects numbers from 1 (Monday) to 7 (Sunday) separated by commas, such as 1,4 — not &quot;%2&quot;.</source>
        <translation>--%1 erwartet durch Kommas getrennte Zahlen von 1 (Montag) bis 7 (Sonntag), etwa 1,4 – nicht „%2“.</translation>
    </message>
    <message>
        <source>Fills an empty database with a demo practice at real size: N practitioners with hours and holidays, about M/8 patients and M appointments over the last Y years (default 5) and the next three months. The same seed gives the same practice on the same day.</source>
        <translation>Füllt eine leere Datenbank mit einer Demo-Praxis in echter Größe: N Behandler:innen mit Arbeitszeiten und Urlauben, etwa M/8 Patient:innen und M Termine über die letzten Y Jahre (Voreinstellung 5) und die nächsten drei Monate. Derselbe Seed ergibt am selben Tag dieselbe Praxis.</translation>
    </message>
    <message>
        <source>Sets the practice&apos;s name and contact details (printed on the appointment card) and the card&apos;s size.</source>
        <translation>Setzt Namen und Kontaktdaten der Praxis (stehen auf dem Terminzettel) und die Größe des Terminzettels.</translation>
    </message>
    <message>
        <source>Shows the practice&apos;s name and contact details.</source>
        <translation>Zeigt Namen und Kontaktdaten der Praxis.</translation>
    </message>
    <message>
        <source>Writes the day list as a PDF: of one practitioner, or without --practitioner of every active one (a section each).</source>
        <translation>Schreibt die Tagesliste als PDF: einer Behandler:in oder ohne --practitioner aller aktiven (je ein Abschnitt).</translation>
    </message>
    <message>
        <source>Exports logs, versions and row counts for support (no patient data, no tokens).</source>
        <translation>Exportiert Protokolldateien, Versionen und Zeilenzahlen für den Support (keine Patientendaten, keine Tokens).</translation>
    </message>
    <message>
        <source>Copies the whole database (--db) into an empty PostgreSQL database (postgresql://…) or a new SQLite file, in one transaction, keeping all ids, and checks the row count of every table.</source>
        <translation>Kopiert die ganze Datenbank (--db) in eine leere PostgreSQL-Datenbank (postgresql://…) oder eine neue SQLite-Datei, in einer Transaktion, mit allen Nummern, und prüft die Zeilenzahl jeder Tabelle.</translation>
    </message>
    <message>
        <source>Prints one line per change of the database (from any desk, window or empfang-cli) until stopped with Ctrl+C; with --json one JSON object per line.</source>
        <translation>Gibt jede Änderung der Datenbank als eine Zeile aus (von jedem Arbeitsplatz, Fenster oder empfang-cli), bis Strg+C; mit --json ein JSON-Objekt je Zeile.</translation>
    </message>
    <message>
        <source>Sends waiting bookings, moves and cancellations to Google, refreshes the busy times of the next 14 days for every connected practitioner and checks Empfang&apos;s own events in Google; --retry sends a failed appointment again; --follow keeps running as this desk&apos;s sync (bookings of other desks, their busy-time requests) until Ctrl+C.</source>
        <translation>Sendet wartende Buchungen, Verschiebungen und Absagen an Google, aktualisiert die belegten Zeiten der nächsten 14 Tage für alle verbundenen Behandler:innen und prüft die eigenen Einträge von Empfang in Google; --retry sendet einen fehlgeschlagenen Termin erneut; --follow läuft als Synchronisation dieses Arbeitsplatzes weiter (Buchungen anderer Arbeitsplätze, ihre Anfragen nach belegten Zeiten) bis Strg+C.</translation>
    </message>
    <message>
        <source>Adds one working interval on a weekday (1 = Monday, 7 = Sunday); call again for split shifts. --valid-from/--valid-to limit it to those dates.</source>
        <translation>Fügt einem Wochentag ein Arbeitszeit-Intervall hinzu (1 = Montag, 7 = Sonntag); für geteilte Dienste erneut aufrufen. --valid-from/--valid-to beschränken es auf diese Tage.</translation>
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
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
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
        <source>&quot;%1&quot; is a database of another program, not of Empfang. It was left unchanged.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, nicht von Empfang. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of Empfang (schema %2; this version knows up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>Die Datenbank „%1“ wurde von einer neueren Version von Empfang geschrieben (Schema %2; diese Version kennt bis Schema %3). Bitte installieren Sie die neuere Version. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read (no permission to read it).</source>
        <translation>Die Datenbankdatei „%1“ kann nicht gelesen werden (keine Leserechte).</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be created.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be created: the folder is read-only.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; must be updated for this version of Empfang, but it is read-only (no write permission or a read-only drive). It was left unchanged.</source>
        <translation>Die Datenbank „%1“ muss für diese Version von Empfang aktualisiert werden, ist aber schreibgeschützt (keine Schreibrechte oder schreibgeschütztes Laufwerk). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This installation of Empfang cannot use PostgreSQL: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Diese Installation von Empfang kann PostgreSQL nicht verwenden: Der PostgreSQL-Treiber von Qt fehlt (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 must be updated for this version of Empfang, but it is read-only. It was left unchanged.</source>
        <translation>Die Datenbank %1 muss für diese Version von Empfang aktualisiert werden, ist aber schreibgeschützt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 needs the extension btree_gist, and this database role may not create it. Please have the server&apos;s administrator run once: CREATE EXTENSION btree_gist; (in the database %2). Nothing was changed.</source>
        <translation>Die PostgreSQL-Datenbank %1 braucht die Erweiterung btree_gist, und diese Datenbankrolle darf sie nicht anlegen. Bitte lassen Sie die Administration des Servers einmalig ausführen: CREATE EXTENSION btree_gist; (in der Datenbank %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 holds no Empfang data yet. Set up the practice first (in the program, or with &quot;empfang-cli practitioner add&quot;), or move an existing practice there with &quot;empfang-cli db copy&quot;. Nothing was changed.</source>
        <translation>In der Datenbank %1 ist Empfang noch nicht eingerichtet. Bitte richten Sie zuerst die Praxis ein (im Programm oder mit „empfang-cli practitioner add“) oder ziehen Sie eine vorhandene Praxis mit „empfang-cli db copy“ dorthin um. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address. Expected for example postgresql://empfang@praxis-server/empfang?sslmode=verify-full</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse. Erwartet wird zum Beispiel postgresql://empfang@praxis-server/empfang?sslmode=verify-full</translation>
    </message>
    <message>
        <source>The PostgreSQL address has the unknown setting &quot;%1&quot;. Known are: host, port, user, dbname, %2.</source>
        <translation>Die PostgreSQL-Adresse enthält die unbekannte Einstellung „%1“. Bekannt sind: host, port, user, dbname, %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. Expected for example postgresql://empfang@praxis-server/empfang</source>
        <translation>Die PostgreSQL-Adresse nennt keine Datenbank. Erwartet wird zum Beispiel postgresql://empfang@praxis-server/empfang</translation>
    </message>
    <message>
        <source>The port in the PostgreSQL address is not a number between 1 and 65535.</source>
        <translation>Der Port in der PostgreSQL-Adresse ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The database server %1 refused the login: user name or password is wrong or missing. Nothing was changed. The password comes from ~/.pgpass (PGPASSFILE) or is asked for in the program.</source>
        <translation>Der Datenbankserver %1 hat die Anmeldung abgelehnt: Benutzername oder Passwort ist falsch oder fehlt. Es wurde nichts geändert. Das Passwort kommt aus ~/.pgpass (PGPASSFILE) oder wird im Programm abgefragt.</translation>
    </message>
    <message>
        <source>The database server %1 does not admit this desk (pg_hba.conf on the server). Nothing was changed. Please ask the practice&apos;s IT.</source>
        <translation>Der Datenbankserver %1 lässt diesen Arbeitsplatz nicht zu (pg_hba.conf auf dem Server). Es wurde nichts geändert. Bitte wenden Sie sich an die IT der Praxis.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not exist on the database server %2. Nothing was changed.</source>
        <translation>Den Benutzer „%1“ gibt es auf dem Datenbankserver %2 nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server %2. Please check the name or create it (README, &quot;Mehrere Arbeitsplätze&quot;). Nothing was changed.</source>
        <translation>Die Datenbank „%1“ gibt es auf dem Server %2 nicht. Bitte prüfen Sie den Namen oder legen Sie sie an (README, „Mehrere Arbeitsplätze“). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The encrypted connection to the database server %1 could not be set up or its certificate could not be verified (sslmode, sslrootcert). Nothing was changed.</source>
        <translation>Die verschlüsselte Verbindung zum Datenbankserver %1 kam nicht zustande oder sein Zertifikat konnte nicht geprüft werden (sslmode, sslrootcert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Nothing was changed. Please check the network connection, whether the database server is running, and the address and port.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar. Es wurde nichts geändert. Bitte prüfen Sie die Netzwerkverbindung, ob der Datenbankserver läuft, sowie Adresse und Port.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The database &quot;%1&quot; cannot be opened.</source>
        <translation>Die Datenbank „%1“ lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The storage space for the backup is full. Nothing was written; free some space or choose another folder.</source>
        <translation>Der Speicherplatz für die Sicherung ist voll. Es wurde nichts geschrieben; bitte Platz schaffen oder einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged and cannot be backed up. Restore the latest good backup (empfang-cli db restore).</source>
        <translation>Die Datenbank „%1“ ist beschädigt und lässt sich nicht sichern. Bitte die letzte gute Sicherung zurückspielen (empfang-cli db restore).</translation>
    </message>
    <message>
        <source>The database is in use by another workstation or program — please try again in a moment.</source>
        <translation>Die Datenbank ist von einem anderen Arbeitsplatz oder Programm belegt — bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The backup could not be written to &quot;%1&quot;.</source>
        <translation>Die Sicherung konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist; there is nothing to back up.</source>
        <translation>Die Datenbank „%1“ gibt es nicht; es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists. A backup never overwrites a file; choose a new name.</source>
        <translation>Die Datei „%1“ gibt es schon. Eine Sicherung überschreibt nie eine Datei; bitte einen neuen Namen wählen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Den Ordner „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The backup cannot be written into the folder &quot;%1&quot; (no permission?).</source>
        <translation>In den Ordner „%1“ kann keine Sicherung geschrieben werden (keine Schreibrechte?).</translation>
    </message>
    <message>
        <source>The backup failed its check after writing and was deleted. Check the database with &quot;empfang-cli db check&quot;.</source>
        <translation>Die Sicherung hat die Prüfung nach dem Schreiben nicht bestanden und wurde gelöscht. Bitte die Datenbank mit „empfang-cli db check“ prüfen.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; does not exist.</source>
        <translation>Die Sicherungsdatei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; cannot be read.</source>
        <translation>Die Sicherungsdatei „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of Empfang (it is not an SQLite database file).</source>
        <translation>„%1“ ist keine Sicherung von Empfang (keine SQLite-Datenbankdatei).</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; is damaged (the integrity check found %n problem(s)) and cannot be restored. Choose an older backup.</source>
        <translation>
            <numerusform>Die Sicherung „%1“ ist beschädigt (die Integritätsprüfung fand %n Fehler) und kann nicht zurückgespielt werden. Bitte eine ältere Sicherung wählen.</numerusform>
            <numerusform>Die Sicherung „%1“ ist beschädigt (die Integritätsprüfung fand %n Fehler) und kann nicht zurückgespielt werden. Bitte eine ältere Sicherung wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was written by a newer version of Empfang (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
        <translation>Die Sicherung „%1“ wurde von einer neueren Version von Empfang geschrieben (Schema %2; diese Version kennt bis %3). Bitte die neuere Version installieren, um sie zurückzuspielen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a backup of Empfang.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine Sicherung von Empfang.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Die Datenbank „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not of Empfang.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, nicht von Empfang.</translation>
    </message>
    <message>
        <source>The current database could not be kept as &quot;%1&quot; (full or write-protected?), so nothing was restored or changed.</source>
        <translation>Die bisherige Datenbank konnte nicht als „%1“ aufbewahrt werden (Speicher voll oder schreibgeschützt?); deshalb wurde nichts zurückgespielt und nichts geändert.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be created.</source>
        <translation>Die Datenbankdatei „%1“ lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The damaged database &quot;%1&quot; cannot be overwritten in place. Move the file to another folder (a copy is kept as &quot;%2&quot;) and run the restore again.</source>
        <translation>Die beschädigte Datenbank „%1“ lässt sich nicht direkt überschreiben. Bitte die Datei in einen anderen Ordner verschieben (eine Kopie liegt als „%2“ bereit) und die Wiederherstellung noch einmal starten.</translation>
    </message>
    <message>
        <source>The storage space is full; the backup could not be restored and the database is unchanged.</source>
        <translation>Der Speicherplatz ist voll; die Sicherung konnte nicht zurückgespielt werden, die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is write-protected; the backup could not be restored and the database is unchanged.</source>
        <translation>Die Datenbank „%1“ ist schreibgeschützt; die Sicherung konnte nicht zurückgespielt werden, die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The backup could not be restored; the database is unchanged.</source>
        <translation>Die Sicherung konnte nicht zurückgespielt werden; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The restored database failed its check. The previous database is kept as &quot;%1&quot;.</source>
        <translation>Die zurückgespielte Datenbank hat die Prüfung nicht bestanden. Die bisherige Datenbank liegt als „%1“ bereit.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2). Nothing was copied.</source>
        <translation>Die beiden Datenbanken haben verschiedene Schema-Versionen (%1 und %2). Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The database %1 has the table &quot;%2&quot;, which this version of Empfang cannot copy. Nothing was copied.</source>
        <translation>Die Datenbank %1 enthält die Tabelle „%2“, die diese Version von Empfang nicht kopieren kann. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The target database %1 already holds practice data. Copying only goes into an empty database. Nothing was copied.</source>
        <translation>Die Zieldatenbank %1 enthält bereits Praxisdaten. Kopiert wird nur in eine leere Datenbank. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The database %1 holds booked appointments of one practitioner that overlap (appointment %2 and another). PostgreSQL refuses those. Please move or cancel one of them in the old database, then copy again. Nothing was copied.</source>
        <translation>Die Datenbank %1 enthält gebuchte Termine einer Behandler:in, die sich überschneiden (Termin %2 und ein weiterer). PostgreSQL lehnt das ab. Bitte verschieben oder sagen Sie einen davon in der alten Datenbank ab und kopieren Sie dann erneut. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy of the table &quot;%1&quot; is incomplete (%2 of %3 rows). Nothing was copied.</source>
        <translation>Die Kopie der Tabelle „%1“ ist unvollständig (%2 von %3 Zeilen). Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database &quot;%1&quot; is being restored from a backup right now. Please try again in a minute.</source>
        <translation>Die Datenbank „%1“ wird gerade aus einer Datensicherung wiederhergestellt. Bitte in einer Minute noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is still open in another Empfang window or empfang-cli (on this or another workstation). Close Empfang everywhere and try again; nothing was changed.</source>
        <translation>Die Datenbank „%1“ ist noch in einem anderen Empfang-Fenster oder empfang-cli geöffnet (an diesem oder einem anderen Arbeitsplatz). Bitte Empfang überall beenden und noch einmal versuchen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The lock file &quot;%1&quot; cannot be created, so it is unknown whether Empfang still uses the database. Nothing was changed.</source>
        <translation>Die Sperrdatei „%1“ lässt sich nicht anlegen, daher ist unklar, ob Empfang die Datenbank noch benutzt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>Database password</source>
        <translation>Passwort der Datenbank</translation>
    </message>
    <message>
        <source>Password for the database %1 (user &quot;%2&quot;). Empfang keeps it in the system keychain of this computer.</source>
        <translation>Passwort für die Datenbank %1 (Benutzer „%2“). Empfang legt es im Schlüsselbund dieses Computers ab.</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>Backup written to &quot;%1&quot; and checked: %2 appointments, %3 patients. It contains patient data — keep it on an encrypted drive.</source>
        <translation>Sicherung nach „%1“ geschrieben und geprüft: %2 Termine, %3 Patient:innen. Sie enthält Patientendaten — bitte auf einem verschlüsselten Laufwerk aufbewahren.</translation>
    </message>
    <message>
        <source>Restoring replaces every appointment and patient in &quot;%1&quot; with the state of the backup. Add --yes to confirm.</source>
        <translation>Das Zurückspielen ersetzt alle Termine und Patient:innen in „%1“ durch den Stand der Sicherung. Zum Bestätigen --yes angeben.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was restored into &quot;%2&quot;.</source>
        <translation>Die Sicherung „%1“ wurde in „%2“ zurückgespielt.</translation>
    </message>
    <message>
        <source>The previous database is kept as &quot;%1&quot;.</source>
        <translation>Die bisherige Datenbank liegt als „%1“ bereit.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Integrity check: OK</source>
        <translation>Integritätsprüfung: in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: DAMAGED (%n problem(s); details in the log file). Do not keep working with this file: restore the latest good backup with &quot;empfang-cli db restore --from FILE --yes&quot;.</source>
        <translation>
            <numerusform>Integritätsprüfung: BESCHÄDIGT (%n Fehler; Einzelheiten in der Protokolldatei). Bitte mit dieser Datei nicht weiterarbeiten: die letzte gute Sicherung mit „empfang-cli db restore --from DATEI --yes“ zurückspielen.</numerusform>
            <numerusform>Integritätsprüfung: BESCHÄDIGT (%n Fehler; Einzelheiten in der Protokolldatei). Bitte mit dieser Datei nicht weiterarbeiten: die letzte gute Sicherung mit „empfang-cli db restore --from DATEI --yes“ zurückspielen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version: %1 (this Empfang knows up to %2)</source>
        <translation>Schema-Version: %1 (dieses Empfang kennt bis %2)</translation>
    </message>
    <message>
        <source>Appointments: %1, patients: %2, practitioners: %3</source>
        <translation>Termine: %1, Patient:innen: %2, Behandelnde: %3</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 (%2)</source>
        <translation>Letzte automatische Sicherung: %1 (%2)</translation>
    </message>
    <message>
        <source>Last automatic backup: none found in &quot;%1&quot;</source>
        <translation>Letzte automatische Sicherung: keine gefunden in „%1“</translation>
    </message>
    <message>
        <source>A backup is restored into PostgreSQL with &quot;db copy&quot;: create a new, empty database on the server and run &quot;empfang-cli --db BACKUP.sqlite db copy --to postgresql://…&quot;. Nothing was changed.</source>
        <translation>Eine Sicherung kommt mit „db copy“ zurück nach PostgreSQL: Legen Sie auf dem Server eine neue, leere Datenbank an und führen Sie „empfang-cli --db SICHERUNG.sqlite db copy --to postgresql://…“ aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Source and target are the same database. Nothing was copied.</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 into %2 and checked the row count of every table: %3 appointments, %4 patients, %5 practitioners.</source>
        <translation>%1 nach %2 kopiert und die Zeilenzahl jeder Tabelle geprüft: %3 Termine, %4 Patient:innen, %5 Behandelnde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. A backup never overwrites a file; please choose a new name.</source>
        <translation>„%1“ gibt es bereits. Eine Sicherung überschreibt nie eine Datei; bitte wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; failed its check.</source>
        <translation>Die Sicherung „%1“ hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Database: %1 (PostgreSQL; the server checks its own data)</source>
        <translation>Datenbank: %1 (PostgreSQL; der Server prüft seine Daten selbst)</translation>
    </message>
    <message>
        <source>Backups: &quot;empfang-cli db backup --out FILE.sqlite&quot; writes a checked SQLite copy; the server&apos;s own backups (pg_dump) work as well.</source>
        <translation>Sicherung: „empfang-cli db backup --out DATEI.sqlite“ schreibt eine geprüfte SQLite-Kopie; die Sicherungen des Servers (pg_dump) funktionieren ebenso.</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>Demo practice generated: %1 practitioner(s), %2 appointment type(s), %3 patient(s), %4 appointment(s), %5 holiday(s).</source>
        <translation>Demo-Praxis erzeugt: %1 Behandler:in(nen), %2 Terminart(en), %3 Patient:in(nen), %4 Termin(e), %5 Urlaub(e).</translation>
    </message>
</context>
<context>
    <name>DemoPractice</name>
    <message>
        <source>The number of practitioners must lie between 1 and 500.</source>
        <translation>Die Zahl der Behandler:innen muss zwischen 1 und 500 liegen.</translation>
    </message>
    <message>
        <source>The number of appointments must lie between 0 and 5000000.</source>
        <translation>Die Zahl der Termine muss zwischen 0 und 5000000 liegen.</translation>
    </message>
    <message>
        <source>The number of years must lie between 1 and 30.</source>
        <translation>Die Zahl der Jahre muss zwischen 1 und 30 liegen.</translation>
    </message>
    <message>
        <source>The day of the generated practice is not valid.</source>
        <translation>Der Tag der erzeugten Praxis ist ungültig.</translation>
    </message>
    <message>
        <source>The database is not empty. A demo practice is only generated into a new, empty database; nothing was changed.</source>
        <translation>Die Datenbank ist nicht leer. Eine Demo-Praxis wird nur in eine neue, leere Datenbank erzeugt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>There are no working days to fill with appointments.</source>
        <translation>Es gibt keine Arbeitstage, die mit Terminen gefüllt werden könnten.</translation>
    </message>
    <message>
        <source>%1 appointments do not fit into the working hours of %2 practitioner(s) in %3 year(s); at most about %4 do.</source>
        <translation>%1 Termine passen nicht in die Arbeitszeiten von %2 Behandler:in(nen) in %3 Jahr(en); höchstens etwa %4 passen hinein.</translation>
    </message>
</context>
<context>
    <name>DeskJson</name>
    <message>
        <source>Please give either --patient NAME or --patient-id ID.</source>
        <translation>Bitte geben Sie entweder --patient NAME oder --patient-id ID an.</translation>
    </message>
    <message>
        <source>The patient needs a name.</source>
        <translation>Der Name der Patient:in fehlt. Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Several patients are called &quot;%1&quot; (numbers %2). Please choose one with --patient-id; nothing was booked.</source>
        <translation>Mehrere Patient:innen heißen „%1“ (Nummern %2). Bitte wählen Sie eine davon mit --patient-id aus; es wurde nichts gebucht.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsAction</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>&amp;Diagnose exportieren…</translation>
    </message>
    <message>
        <source>Saves logs and version information for support, without patient data and without passwords.</source>
        <translation>Speichert Protokolldateien und Versionsangaben für den Support, ohne Patientendaten und ohne Passwörter.</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. Please attach the file to your support request.</source>
        <translation>Die Diagnose wurde unter %1 gespeichert. Bitte hängen Sie die Datei an Ihre Support-Anfrage an.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank. Bitte geben Sie die Datenbankdatei mit --db an.</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>Diagnose nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Appointment card</source>
        <translation>Terminzettel</translation>
    </message>
    <message>
        <source>Appointment card written to %1.</source>
        <translation>Terminzettel nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <source>Day list written to %1.</source>
        <translation>Tagesliste nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Patient data written to %1 and %2.</source>
        <translation>Patientendaten nach %1 und %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Appointment card</source>
        <translation>Terminzettel</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>No upcoming appointments.</source>
        <translation>Keine anstehenden Termine.</translation>
    </message>
    <message>
        <source>If you cannot come, please let us know as early as possible.</source>
        <translation>Falls Sie einen Termin nicht wahrnehmen können, sagen Sie ihn bitte so früh wie möglich ab.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Please give a valid date.</source>
        <translation>Bitte geben Sie ein gültiges Datum an.</translation>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Day list %1, %2 %3</source>
        <translation>Tagesliste %1, %2 %3</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>An diesem Tag gibt es keine Termine.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Data stored about %1 (GDPR Art. 15)</source>
        <translation>Gespeicherte Daten zu %1 (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
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
        <source>Recorded</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Calendar synchronisation</source>
        <translation>Kalender-Synchronisation</translation>
    </message>
    <message>
        <source>None of these appointments was written to a Google calendar.</source>
        <translation>Keiner dieser Termine wurde in einen Google-Kalender eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) were written to a practitioner&apos;s Google calendar (without patient data unless the practice chose otherwise).</source>
        <translation>
            <numerusform>%n Termin wurde in den Google-Kalender einer Behandler:in eingetragen (ohne Patientendaten, sofern die Praxis nichts anderes festgelegt hat).</numerusform>
            <numerusform>%n Termine wurden in den Google-Kalender einer Behandler:in eingetragen (ohne Patientendaten, sofern die Praxis nichts anderes festgelegt hat).</numerusform>
        </translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>If you cannot come, please let us know as early as possible: %1.</source>
        <translation>Wenn Sie nicht kommen können, sagen Sie bitte so früh wie möglich ab: %1.</translation>
    </message>
    <message>
        <source>There is no practitioner whose day list could be printed.</source>
        <translation>Es gibt keine Behandler:in, deren Tagesliste gedruckt werden könnte.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am Rechner %2</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>The set-up could not be saved. Nothing was stored.</source>
        <translation>Die Einrichtung konnte nicht gespeichert werden; es wurde nichts übernommen. Bitte versuchen Sie es erneut.</translation>
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
    <name>GoogleCommands</name>
    <message>
        <source>%1 (practitioner %2)</source>
        <translation>%1 (Behandler:in %2)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>read-only (busy times only)</source>
        <translation>nur lesend (nur belegte Zeiten)</translation>
    </message>
    <message>
        <source>revoked in the Google account – connect again</source>
        <translation>im Google-Konto widerrufen – bitte neu verbinden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>--timeout expects the seconds to wait for the browser, from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet die Wartezeit auf den Browser in Sekunden, von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>Connecting with Google needs the practitioner&apos;s consent. Please let the practitioner read the privacy notice (&quot;empfang-cli privacy-notice&quot;, version %1) and run the command again with --accept-privacy-notice.</source>
        <translation>Für die Verbindung mit Google ist die Einwilligung der Behandler:in nötig. Bitte lassen Sie die Behandler:in den Datenschutzhinweis lesen („empfang-cli privacy-notice“, Version %1) und rufen Sie den Befehl dann erneut mit --accept-privacy-notice auf.</translation>
    </message>
    <message>
        <source>%1 is already connected with Google (%2). To connect again, for example with other permissions, first run &quot;empfang-cli disconnect --practitioner %3&quot;.</source>
        <translation>%1 ist bereits mit Google verbunden (%2). Um neu zu verbinden, zum Beispiel mit anderen Berechtigungen, führen Sie zuerst „empfang-cli disconnect --practitioner %3“ aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and sign in with the Google account of %1. Waiting up to %2 for Google&apos;s answer …</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf diesem Computer und melden Sie sich mit dem Google-Konto von %1 an. Empfang wartet bis zu %2 auf die Antwort von Google …</translation>
    </message>
    <message>
        <source>%1 is connected with Google read-only.</source>
        <translation>%1 ist nur lesend mit Google verbunden.</translation>
    </message>
    <message>
        <source>%1 is connected with Google.</source>
        <translation>%1 ist mit Google verbunden.</translation>
    </message>
    <message>
        <source>Google account: %1.</source>
        <translation>Google-Konto: %1.</translation>
    </message>
    <message>
        <source>The list of calendars could not be loaded (%1); the primary calendar is used.</source>
        <translation>Die Kalenderliste konnte nicht geladen werden (%1); es wird der Hauptkalender verwendet.</translation>
    </message>
    <message>
        <source>The key of %1 could not be deleted from the keychain. %2</source>
        <translation>Der Schlüssel von %1 konnte nicht aus dem Schlüsselbund gelöscht werden. %2</translation>
    </message>
    <message>
        <source>The Google connection of %1 was removed.</source>
        <translation>Die Google-Verbindung von %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 was not connected with Google; there was nothing to remove.</source>
        <translation>%1 war nicht mit Google verbunden; es gab nichts zu entfernen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Key in keychain</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>No practitioners yet.</source>
        <translation>Noch keine Behandler:innen angelegt.</translation>
    </message>
    <message>
        <source>Practitioner %1 is marked as connected, but the keychain holds no key for it. Please disconnect and connect again.</source>
        <translation>Behandler:in %1 ist als verbunden markiert, aber der Schlüsselbund enthält keinen Schlüssel dafür. Bitte trennen Sie die Verbindung und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>The consent log could not be written to &quot;%1&quot;: %2</source>
        <translation>Das Einwilligungsprotokoll konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries written to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Eintrag nach „%1“ geschrieben.</numerusform>
            <numerusform>%n Einträge nach „%1“ geschrieben.</numerusform>
        </translation>
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
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (Anfang)</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Benutzer (Betriebssystem)</translation>
    </message>
    <message>
        <source>The consent log is empty.</source>
        <translation>Das Einwilligungsprotokoll ist leer.</translation>
    </message>
    <message>
        <source>The privacy notice is missing from this build. Please reinstall Empfang.</source>
        <translation>In dieser Programmversion fehlt der Datenschutzhinweis. Bitte installieren Sie Empfang neu.</translation>
    </message>
    <message>
        <source>Privacy notice, version %1</source>
        <translation>Datenschutzhinweis, Version %1</translation>
    </message>
    <message>
        <source>No Google OAuth client is configured. Set the environment variables EMPFANG_GOOGLE_CLIENT_ID and EMPFANG_GOOGLE_CLIENT_SECRET to the &quot;Desktop app&quot; client of the practice&apos;s Google Cloud project (see the README), or enter the client in Empfang under Settings → Google-Kalender → &quot;Technical details (for the practice&apos;s IT)&quot; (stored as google/clientId and google/clientSecret in the settings file).</source>
        <translation>Es ist kein Google-OAuth-Client eingerichtet. Bitte setzen Sie die Umgebungsvariablen EMPFANG_GOOGLE_CLIENT_ID und EMPFANG_GOOGLE_CLIENT_SECRET auf den Client vom Typ „Desktop-App“ aus dem Google-Cloud-Projekt der Praxis (siehe README) oder tragen Sie den Client in Empfang unter Einstellungen → Google-Kalender → „Technische Angaben (für die IT der Praxis)“ ein (gespeichert als google/clientId und google/clientSecret in der Einstellungsdatei).</translation>
    </message>
    <message>
        <source> (not running)</source>
        <translation> (läuft nicht)</translation>
    </message>
    <message>
        <source>Sync desk</source>
        <translation>Sync-Arbeitsplatz</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>GoogleDeskNote</name>
    <message>
        <source>this desk</source>
        <translation>dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>%1 (not running)</source>
        <translation>%1 (läuft nicht)</translation>
    </message>
    <message>
        <source>Appointments of this practitioner reach Google only when &quot;%1&quot; runs again (last seen %2).</source>
        <translation>Termine dieser Behandler:in erreichen Google erst, wenn „%1“ wieder läuft (zuletzt gesehen: %2).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Synchronised by the desk &quot;%1&quot;, which keeps the access. To synchronise from here instead, connect again at this desk.</source>
        <translation>Synchronisiert über den Arbeitsplatz „%1“, der den Zugang aufbewahrt. Um stattdessen von hier aus zu synchronisieren, verbinden Sie an diesem Arbeitsplatz neu.</translation>
    </message>
    <message>
        <source>Last exchange with Google: %1.</source>
        <translation>Letzter Austausch mit Google: %1.</translation>
    </message>
    <message>
        <source>No exchange with Google yet.</source>
        <translation>Noch kein Austausch mit Google.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet in Google.</source>
        <translation>
            <numerusform>%n Änderung noch nicht in Google.</numerusform>
            <numerusform>%n Änderungen noch nicht in Google.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access is withdrawn at Google as soon as the desk &quot;%1&quot; runs. To withdraw it at once, remove Empfang in the Google account under Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</source>
        <translation>Der Zugang wird bei Google widerrufen, sobald der Arbeitsplatz „%1“ läuft. Sofort geht es im Google-Konto unter Google-Konto → Sicherheit → Drittanbieter-Zugriffe: Empfang dort entfernen.</translation>
    </message>
    <message>
        <source>Synchronised by this desk; the access is stored on this computer.</source>
        <translation>Synchronisiert über diesen Arbeitsplatz; der Zugang ist auf diesem Computer gespeichert.</translation>
    </message>
</context>
<context>
    <name>GoogleHttp</name>
    <message>
        <source>Google could not be reached. Please check the internet connection and try again.</source>
        <translation>Google ist nicht erreichbar. Bitte prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google&apos;s server answered with a redirect to another address (HTTP %1). Empfang follows no redirects, so no access data was sent anywhere else. Please check the Google addresses in the settings, or try again later.</source>
        <translation>Der Server von Google hat auf eine andere Adresse umgeleitet (HTTP %1). Empfang folgt keinen Umleitungen, daher wurden keine Zugangsdaten anderswohin gesendet. Bitte prüfen Sie die Google-Adressen in den Einstellungen oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Google&apos;s answer was far larger than expected and was cut off; none of it was used. Please try again later.</source>
        <translation>Die Antwort von Google war viel größer als erwartet und wurde abgebrochen; nichts davon wurde verwendet. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Google did not finish its answer within %n second(s); the request was cut off. Please try again later.</source>
        <translation>
            <numerusform>Google hat seine Antwort nicht innerhalb von %n Sekunde beendet; die Anfrage wurde abgebrochen. Bitte versuchen Sie es später erneut.</numerusform>
            <numerusform>Google hat seine Antwort nicht innerhalb von %n Sekunden beendet; die Anfrage wurde abgebrochen. Bitte versuchen Sie es später erneut.</numerusform>
        </translation>
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
    <name>PatientCommands</name>
    <message>
        <source>Erasing cannot be undone: confirm with --yes.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden: Bitte bestätigen Sie es mit --yes.</translation>
    </message>
    <message>
        <source>Patient %1 erased: %2 future appointment(s) cancelled, %3 kept as anonymous statistics.</source>
        <translation>Patient:in %1 gelöscht. Abgesagte künftige Termine: %2; als anonyme Statistik behalten: %3.</translation>
    </message>
    <message>
        <source>Retention: patient data is kept (no period set).</source>
        <translation>Aufbewahrung: Patientendaten werden unbegrenzt aufbewahrt (keine Frist festgelegt).</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n year(s) after the last appointment.</source>
        <translation>
            <numerusform>Aufbewahrung: %n Jahr nach dem letzten Termin.</numerusform>
            <numerusform>Aufbewahrung: %n Jahre nach dem letzten Termin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Änderungsprotokoll ist leer.</translation>
    </message>
</context>
<context>
    <name>PatientExport</name>
    <message>
        <source>There is no patient with the number %1.</source>
        <translation>Es gibt keine Patient:in mit der Nummer %1.</translation>
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
    <name>PdfWriter</name>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Appointment card</source>
        <translation>Terminzettel</translation>
    </message>
    <message>
        <source>Please give at least one of --name, --address, --phone, --email, --website, --card-format.</source>
        <translation>Bitte mindestens eine Angabe machen: --name, --address, --phone, --email, --website, --card-format.</translation>
    </message>
    <message>
        <source>--card-format must be a6, card or a4.</source>
        <translation>--card-format muss a6, card oder a4 sein.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Practice details saved.</source>
        <translation>Praxisangaben gespeichert.</translation>
    </message>
</context>
<context>
    <name>PracticeContactRepository</name>
    <message>
        <source>A6 (postcard)</source>
        <translation>A6 (Postkarte)</translation>
    </message>
    <message>
        <source>Business card (85 × 55 mm)</source>
        <translation>Visitenkarte (85 × 55 mm)</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4-Seite</translation>
    </message>
    <message>
        <source>Address, phone, e-mail and website are printed on one line each; please leave out line breaks.</source>
        <translation>Adresse, Telefon, E-Mail und Website werden je in einer Zeile gedruckt; bitte ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain digits, spaces and + ( ) / - only.</source>
        <translation>Die Telefonnummer „%1“ darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid (like praxis@example.de).</source>
        <translation>Die E-Mail-Adresse „%1“ ist ungültig (Beispiel: praxis@example.de).</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; must not contain spaces.</source>
        <translation>Die Website „%1“ darf keine Leerzeichen enthalten.</translation>
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
    <name>RetentionPolicy</name>
    <message>
        <source>The retention period must be between 0 (keep) and %1 years.</source>
        <translation>Die Aufbewahrungsfrist muss zwischen 0 (unbegrenzt) und %1 Jahren liegen.</translation>
    </message>
    <message>
        <source>Retention: no patient data was due for deletion.</source>
        <translation>Aufbewahrung: Es waren keine Patientendaten zur Löschung fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n patient(s) deleted after the retention period; %1 of their appointments kept as anonymous statistics.</source>
        <translation>
            <numerusform>Aufbewahrung: %n Patient:in nach Ablauf der Aufbewahrungsfrist gelöscht; %1 ihrer Termine als anonyme Statistik behalten.</numerusform>
            <numerusform>Aufbewahrung: %n Patient:innen nach Ablauf der Aufbewahrungsfrist gelöscht; %1 ihrer Termine als anonyme Statistik behalten.</numerusform>
        </translation>
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
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>An absence must end after it starts.</source>
        <translation>Eine Abwesenheit muss nach ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>ScheduleSyncPainter</name>
    <message>
        <source>✓ up to date</source>
        <translation>✓ aktuell</translation>
    </message>
    <message>
        <source>outdated, as of %1</source>
        <translation>veraltet, Stand %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>⚠ not synchronised</source>
        <translation>⚠ nicht synchronisiert</translation>
    </message>
    <message>
        <source>⚠ not synced</source>
        <translation>⚠ nicht synchr.</translation>
    </message>
    <message>
        <source>Google busy times are up to date (as of %1).</source>
        <translation>Die belegten Zeiten aus Google sind aktuell (Stand %1).</translation>
    </message>
    <message>
        <source>Google busy times are outdated (as of %1); they are refreshed as soon as Google can be reached.</source>
        <translation>Die belegten Zeiten aus Google sind veraltet (Stand %1); sie werden aktualisiert, sobald Google erreichbar ist.</translation>
    </message>
    <message>
        <source>The busy times of this day have not been loaded from Google yet.</source>
        <translation>Die belegten Zeiten dieses Tages wurden noch nicht von Google geladen.</translation>
    </message>
    <message>
        <source>Google could not deliver the busy times: %1</source>
        <translation>Google konnte die belegten Zeiten nicht liefern: %1</translation>
    </message>
    <message>
        <source>Free times are therefore not offered here; check the practitioner&apos;s calendar before booking by phone.</source>
        <translation>Freie Zeiten werden hier deshalb nicht angeboten; prüfen Sie vor einer telefonischen Buchung den Kalender der Behandler:in.</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>in the calendar</source>
        <translation>im Kalender</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>changed in Google</source>
        <translation>in Google geändert</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>busy (Google)</source>
        <translation>belegt (Google)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>offl.</source>
        <comment>short for offline, in a narrow column</comment>
        <translation>offl.</translation>
    </message>
    <message>
        <source>busy times as of %1</source>
        <translation>belegte Zeiten vom Stand %1</translation>
    </message>
    <message>
        <source>no busy times cached</source>
        <translation>keine belegten Zeiten zwischengespeichert</translation>
    </message>
    <message>
        <source>Google cannot be reached (%1). Free times are offered from Empfang&apos;s own appointments and the last known busy times; bookings are sent to Google as soon as it can be reached.</source>
        <translation>Google ist nicht erreichbar (%1). Freie Zeiten werden aus den eigenen Terminen in Empfang und den zuletzt bekannten belegten Zeiten angeboten; Buchungen werden an Google geschickt, sobald es erreichbar ist.</translation>
    </message>
    <message>
        <source>⚠ sync desk not running</source>
        <translation>⚠ Sync-Arbeitsplatz läuft nicht</translation>
    </message>
    <message>
        <source>⚠ desk off</source>
        <translation>⚠ Arbeitsplatz aus</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>⚠ In absence: </source>
        <translation>⚠ In Abwesenheit: </translation>
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
    <name>ScheduleTooltips</name>
    <message>
        <source>%1–%2 %3
%4</source>
        <translation>%1–%2 %3
%4</translation>
    </message>
    <message>
        <source>Google: %1</source>
        <translation>Google: %1</translation>
    </message>
    <message>
        <source>%1–%2 %3: the practitioner is busy in their Google calendar (Empfang reads busy times only, no details).</source>
        <translation>%1–%2 %3: Die Behandler:in ist in ihrem Google-Kalender belegt (Empfang liest nur belegte Zeiten, keine Details).</translation>
    </message>
    <message>
        <source>The practitioner is absent at this time: please move or cancel the appointment.</source>
        <translation>Die Behandler:in ist zu dieser Zeit abwesend: Bitte den Termin verschieben oder absagen.</translation>
    </message>
    <message>
        <source>%1&apos;s appointment is completed: it cannot be moved or cancelled any more.</source>
        <translation>Der Termin von %1 ist abgeschlossen: Er kann nicht mehr verschoben oder abgesagt werden.</translation>
    </message>
    <message>
        <source>%1&apos;s appointment is cancelled; &quot;Take back the cancellation&quot; books it again.</source>
        <translation>Der Termin von %1 ist abgesagt; „Absage zurücknehmen“ bucht ihn wieder.</translation>
    </message>
    <message>
        <source>%1 did not come; &quot;Attended after all&quot; or &quot;Back to booked&quot; undo that.</source>
        <translation>%1 ist nicht erschienen; „Doch erschienen“ oder „Wieder gebucht“ nehmen das zurück.</translation>
    </message>
    <message>
        <source>Not bookable: %1 is absent (%2–%3).</source>
        <translation>Nicht buchbar: %1 ist abwesend (%2–%3).</translation>
    </message>
    <message>
        <source>Not bookable: %1 is absent (%2–%3, %4).</source>
        <translation>Nicht buchbar: %1 ist abwesend (%2–%3, %4).</translation>
    </message>
    <message>
        <source>Not bookable: outside %1&apos;s working hours.</source>
        <translation>Nicht buchbar: außerhalb der Arbeitszeit von %1.</translation>
    </message>
    <message>
        <source>Not bookable: %1 does not offer the chosen appointment type.</source>
        <translation>Nicht buchbar: %1 bietet die gewählte Terminart nicht an.</translation>
    </message>
    <message>
        <source>Not bookable: this time has passed.</source>
        <translation>Nicht buchbar: Diese Zeit ist vorbei.</translation>
    </message>
    <message>
        <source>Not bookable: %1 is busy in their Google calendar (%2–%3).</source>
        <translation>Nicht buchbar: %1 ist laut Google-Kalender belegt (%2–%3).</translation>
    </message>
    <message>
        <source>Not bookable: the chosen appointment type does not fit here (next appointment, buffer times, minimum notice or booking horizon).</source>
        <translation>Nicht buchbar: Die gewählte Terminart passt hier nicht hin (nächster Termin, Pufferzeiten, Mindestvorlauf oder Buchungshorizont).</translation>
    </message>
    <message>
        <source>Series: appointment %1</source>
        <translation>Serie: Termin %1</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nearest free time that day: %1 (practitioner %2).</source>
        <translation>Nächste freie Zeit an diesem Tag: %1 (Behandler:in %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of the series cannot be booked as asked; nothing was booked:</source>
        <translation>
            <numerusform>%n Termin der Serie kann nicht wie gewünscht gebucht werden; es wurde nichts gebucht:</numerusform>
            <numerusform>%n Termine der Serie können nicht wie gewünscht gebucht werden; es wurde nichts gebucht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked for %1:</source>
        <translation>
            <numerusform>%n Termin für %1 gebucht:</numerusform>
            <numerusform>%n Termine für %1 gebucht:</numerusform>
        </translation>
    </message>
    <message>
        <source>--nearest books the nearest free time that day, --any-practitioner also with another practitioner who offers the type.</source>
        <translation>--nearest bucht die nächste freie Zeit an diesem Tag, --any-practitioner auch bei einer anderen Behandler:in, die die Terminart anbietet.</translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <source>A series has between 1 and %1 sessions.</source>
        <translation>Eine Serie muss zwischen 1 und %1 Termine umfassen.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 weeks.</source>
        <translation>Der Abstand muss zwischen 1 und %1 Wochen liegen.</translation>
    </message>
    <message>
        <source>Weekdays are numbers from 1 (Monday) to 7 (Sunday).</source>
        <translation>Wochentage sind Zahlen von 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>No free time on this day.</source>
        <translation>An diesem Tag gibt es keine freie Zeit.</translation>
    </message>
</context>
<context>
    <name>SeriesService</name>
    <message>
        <source>The series has no sessions.</source>
        <translation>Die Serie enthält keine Termine.</translation>
    </message>
    <message>
        <source>Session %1 (%2): %3 The series was not booked.</source>
        <translation>Termin %1 (%2): %3 Die Serie wurde nicht gebucht.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing of the series was moved.</source>
        <translation>%1: %2 Von der Serie wurde nichts verschoben.</translation>
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
    <name>SlotSearch</name>
    <message>
        <source>No practitioner offers this type.</source>
        <translation>Kein:e Behandler:in bietet diese Terminart an.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Empfang check failed: %1</source>
        <translation>Prüfung von Empfang fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite). Bitte installieren Sie das Paket.</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The German translation could not be loaded.</source>
        <translation>Die deutsche Übersetzung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The main window could not be built.</source>
        <translation>Das Hauptfenster konnte nicht aufgebaut werden.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>StorageFaults</name>
    <message>
        <source>The database is in use by another desk or program. Please try again in a moment. Nothing was changed.</source>
        <translation>Die Datenbank ist von einem anderen Arbeitsplatz oder Programm belegt — bitte gleich noch einmal versuchen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was changed. Please free up space (ask the practice&apos;s IT); the database itself is intact.</source>
        <translation>Der Speicherplatz für die Datenbank ist voll. Es wurde nichts geändert. Bitte Platz schaffen (IT der Praxis fragen); die Datenbank selbst ist in Ordnung.</translation>
    </message>
    <message>
        <source>The database is read-only (no write permission or a read-only drive). Appointments can be looked at but not changed.</source>
        <translation>Die Datenbank ist schreibgeschützt (keine Schreibrechte oder schreibgeschütztes Laufwerk). Termine können angesehen, aber nicht gebucht oder geändert werden.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; does not exist. Please check the path (--db or EMPFANG_DB) and whether the drive or share is connected.</source>
        <translation>Die Datenbankdatei „%1“ gibt es nicht. Bitte den Pfad prüfen (--db oder EMPFANG_DB) und ob das Laufwerk oder die Freigabe verbunden ist.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged. Empfang no longer writes to it so that nothing more is lost; the file was left unchanged. Please restore the latest backup (menu Datensicherung › Wiederherstellen… or empfang-cli db restore).</source>
        <translation>Die Datenbank „%1“ ist beschädigt. Empfang schreibt nicht mehr hinein, damit nichts weiter verloren geht; die Datei wurde nicht verändert. Bitte die letzte Datensicherung zurückspielen (Menü „Datensicherung › Wiederherstellen…“ oder empfang-cli db restore).</translation>
    </message>
    <message>
        <source>The database could not be read or written. Nothing was changed. The details are in the log file.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden. Es wurde nichts geändert. Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>The database server%1 cannot be reached. Nothing was changed. Please check the network and whether the database server is running.</source>
        <translation>Der Datenbankserver%1 ist nicht erreichbar. Es wurde nichts geändert. Bitte prüfen Sie das Netzwerk und ob der Datenbankserver läuft.</translation>
    </message>
    <message>
        <source>This time has been booked meanwhile at another desk. Nothing was booked or changed – please choose another time.</source>
        <translation>Diese Zeit ist inzwischen vergeben (an einem anderen Arbeitsplatz gebucht). Es wurde nichts gebucht oder geändert – bitte wählen Sie eine andere Zeit.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Google cannot be reached – no busy times of this practitioner are cached for this period; only Empfang&apos;s own appointments count.</source>
        <translation>Google ist nicht erreichbar – für diesen Zeitraum sind keine belegten Zeiten dieser Behandler:in zwischengespeichert; es zählen nur die Termine in Empfang.</translation>
    </message>
    <message>
        <source>Google cannot be reached – busy times from the cache of %1.</source>
        <translation>Google ist nicht erreichbar – belegte Zeiten aus dem Zwischenspeicher (Stand %1).</translation>
    </message>
    <message>
        <source>The time %1–%2 has just been taken in the practitioner&apos;s Google calendar. Nothing was booked; please choose another slot (&quot;empfang-cli slots&quot;).</source>
        <translation>Die Zeit %1–%2 wurde gerade im Google-Kalender der Behandler:in belegt. Es wurde nichts gebucht; bitte wählen Sie eine andere freie Zeit („empfang-cli slots“).</translation>
    </message>
    <message>
        <source>Google cannot be reached right now: the change is kept and sent with the next &quot;empfang-cli sync&quot; or by the front desk.</source>
        <translation>Google ist gerade nicht erreichbar: Die Änderung bleibt gespeichert und wird mit dem nächsten „empfang-cli sync“ oder von der Desktop-Anwendung Empfang gesendet.</translation>
    </message>
    <message>
        <source>Google refused the change: %1</source>
        <translation>Google hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>synchronised</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>No practitioner is connected with Google; there is nothing to synchronise.</source>
        <translation>Keine Behandler:in ist mit Google verbunden; es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>No practitioner is connected with Google, so nothing can be sent again. Connect first (&quot;empfang-cli connect&quot;).</source>
        <translation>Keine Behandler:in ist mit Google verbunden, daher kann nichts erneut gesendet werden. Bitte verbinden Sie zuerst („empfang-cli connect“).</translation>
    </message>
    <message>
        <source>Appointment %1 has never been sent to Google; there is nothing to try again.</source>
        <translation>Termin %1 wurde nie an Google gesendet; es gibt nichts erneut zu senden.</translation>
    </message>
    <message>
        <source>Sent to Google: %1. Failed: %2. Still waiting: %3.</source>
        <translation>An Google gesendet: %1. Fehlgeschlagen: %2. Noch wartend: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Busy times of the next %1 days refreshed for %n practitioner(s).</source>
        <translation>
            <numerusform>Belegte Zeiten der nächsten %1 Tage für %n Behandler:in aktualisiert.</numerusform>
            <numerusform>Belegte Zeiten der nächsten %1 Tage für %n Behandler:innen aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Termin %1: %2</translation>
    </message>
    <message>
        <source>Waiting changes are sent with the next &quot;empfang-cli sync&quot; or by the front desk; nothing is lost.</source>
        <translation>Wartende Änderungen werden mit dem nächsten „empfang-cli sync“ oder von der Desktop-Anwendung Empfang gesendet; es geht nichts verloren.</translation>
    </message>
    <message>
        <source>The busy times of practitioner(s) %1 could not be refreshed (Google not reachable or the calendar refused); the slot search uses the cached busy times.</source>
        <translation>Für Behandler:innen mit Nr. %1 konnten die belegten Zeiten nicht aktualisiert werden (Google nicht erreichbar oder der Kalender hat abgelehnt); die Suche nach freien Zeiten verwendet die zwischengespeicherten belegten Zeiten.</translation>
    </message>
    <message>
        <source>The keychain of this computer is not available, so Empfang cannot read the Google keys; nothing was sent. %1 Bookings stay stored and are sent once the keychain is available again.</source>
        <translation>Der Schlüsselbund dieses Computers ist nicht verfügbar, daher kann Empfang die Google-Schlüssel nicht lesen; es wurde nichts gesendet. %1 Buchungen bleiben gespeichert und werden gesendet, sobald der Schlüsselbund wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>Google did not return the busy times of this practitioner&apos;s calendar (%1) – none are cached for this period; only Empfang&apos;s own appointments count.</source>
        <translation>Google hat die belegten Zeiten des Kalenders dieser Behandler:in nicht geliefert (%1) – für diesen Zeitraum ist nichts zwischengespeichert; es zählen nur die eigenen Termine in Empfang.</translation>
    </message>
    <message>
        <source>Google did not return the busy times of this practitioner&apos;s calendar (%1) – busy times from the cache of %2.</source>
        <translation>Google hat die belegten Zeiten des Kalenders dieser Behandler:in nicht geliefert (%1) – belegte Zeiten aus dem Zwischenspeicher vom %2.</translation>
    </message>
    <message>
        <source>%1 (practitioner %2): %3</source>
        <translation>%1 (Behandler:in %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait until the practitioner connects Google again (&quot;empfang-cli connect&quot;); they are kept and sent then.</source>
        <translation>
            <numerusform>%n Änderung wartet, bis die Behandler:in Google wieder verbindet („empfang-cli connect“); sie bleibt gespeichert und wird dann gesendet.</numerusform>
            <numerusform>%n Änderungen warten, bis die Behandler:in Google wieder verbindet („empfang-cli connect“); sie bleiben gespeichert und werden dann gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desk &quot;%1&quot; enters the appointment in the Google calendar.</source>
        <translation>Der Arbeitsplatz „%1“ trägt den Termin in den Google-Kalender ein.</translation>
    </message>
    <message>
        <source>--follow and --retry cannot be combined.</source>
        <translation>--follow und --retry lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>Synchronising for this desk (&quot;%1&quot;) until Ctrl+C.</source>
        <translation>Synchronisation für diesen Arbeitsplatz („%1“) läuft bis Strg+C.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>Characters that change the reading direction (U+202A–U+202E, U+2066–U+2069) are not allowed.</source>
        <translation>Zeichen, die die Leserichtung ändern (U+202A–U+202E, U+2066–U+2069), sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>A line break is not allowed here.</source>
        <translation>Ein Zeilenumbruch ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Only plain line breaks are allowed (no U+%1).</source>
        <translation>Nur einfache Zeilenumbrüche sind erlaubt (kein U+%1).</translation>
    </message>
    <message>
        <source>A tab is not allowed here.</source>
        <translation>Ein Tabulator ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Control characters (here U+%1) are not allowed.</source>
        <translation>Steuerzeichen (hier U+%1) sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed (here: %2).</source>
        <translation>Höchstens %1 Zeichen sind erlaubt (hier: %2).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>WatchCommand</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Google sync state</source>
        <translation>Google-Abgleich</translation>
    </message>
    <message>
        <source>Google connection</source>
        <translation>Google-Verbindung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>practitioner %1</source>
        <translation>Behandler:in %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Busy times asked of the sync desk</source>
        <translation>Belegte Zeiten beim Sync-Arbeitsplatz angefragt</translation>
    </message>
</context>
<context>
    <name>WorkingHoursRule</name>
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
        <source>&quot;Valid until&quot; must not lie before &quot;valid from&quot;. Nothing was changed.</source>
        <translation>„Gültig bis“ darf nicht vor „Gültig ab“ liegen. Es wurde nichts geändert.</translation>
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
    <message>
        <source>Absent from</source>
        <translation>Abwesend ab</translation>
    </message>
    <message>
        <source>Absent until</source>
        <translation>Abwesend bis</translation>
    </message>
    <message>
        <source>Reason for the absence</source>
        <translation>Grund der Abwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointments in the absence</source>
        <translation>Termine in der Abwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) lie in the absence:</source>
        <translation>
            <numerusform>%n Termin liegt in der Abwesenheit:</numerusform>
            <numerusform>%n Termine liegen in der Abwesenheit:</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay booked and are marked in the grid until they are moved or cancelled.</source>
        <translation>Sie bleiben gebucht und sind im Raster markiert, bis sie verschoben oder abgesagt sind.</translation>
    </message>
    <message>
        <source>Move appointments…</source>
        <translation>Termine verschieben…</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Trotzdem eintragen</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Absence added; %n appointment(s) in it are marked in the grid.</source>
        <translation>
            <numerusform>Abwesenheit eingetragen; %n Termin darin ist im Raster markiert.</numerusform>
            <numerusform>Abwesenheit eingetragen; %n Termine darin sind im Raster markiert.</numerusform>
        </translation>
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
    <message>
        <source>Still checking the Google calendar for the previous move; nothing was moved – please drop again in a moment.</source>
        <translation>Der Google-Kalender wird noch für die vorige Verschiebung geprüft; es wurde nichts verschoben – bitte gleich noch einmal ablegen.</translation>
    </message>
    <message>
        <source>Checking the Google calendar …</source>
        <translation>Prüfe Google-Kalender …</translation>
    </message>
    <message>
        <source>the move of %1</source>
        <translation>Verschieben von %1</translation>
    </message>
    <message>
        <source>the booking of %1</source>
        <translation>Buchung von %1</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Move the appointment of %1 from %2 (%3) to %4 (%5)?</source>
        <translation>Den Termin von %1 von %2 (%3) auf %4 (%5) verschieben?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>the cancellation of %1</source>
        <translation>Absage von %1</translation>
    </message>
    <message>
        <source>the no-show of %1</source>
        <translation>Nichterscheinen von %1</translation>
    </message>
    <message>
        <source>the new booking of %1</source>
        <translation>erneute Buchung von %1</translation>
    </message>
    <message>
        <source>Booked again: %1, %2.</source>
        <translation>Wieder gebucht: %1, %2.</translation>
    </message>
    <message>
        <source>Attended after all: %1, %2.</source>
        <translation>Doch erschienen: %1, %2.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>empfang::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Einträge im Änderungsprotokoll, neueste zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Who changed which appointment and when. The log holds numbers only, never patient data, so it stays after an erasure.</source>
        <translation>Wer wann welchen Termin geändert hat. Das Protokoll enthält nur Nummern, niemals Patientendaten, und bleibt daher auch nach einer Löschung erhalten.</translation>
    </message>
</context>
<context>
    <name>empfang::BackupController</name>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Datensicherung</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backing up to &quot;%1&quot;…</source>
        <translation>Sichere nach „%1“…</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Sicherungsordner „%1“ lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Datensicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No backup yet — Backup › Back up now</source>
        <translation>Noch keine Datensicherung — Datensicherung › Jetzt sichern</translation>
    </message>
    <message>
        <source>Last backup %1 days ago (%2) — Backup › Back up now</source>
        <translation>Letzte Datensicherung vor %1 Tagen (%2) — Datensicherung › Jetzt sichern</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung zurückspielen</translation>
    </message>
    <message>
        <source>Empfang backups (*.sqlite);;All files (*)</source>
        <translation>Empfang-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup &quot;%1&quot; (%2 appointments, %3 patients)?

Everything booked since that backup will no longer be in Empfang. The current database is kept as &quot;%4.before-restore-…&quot;. Close Empfang on all other workstations first.</source>
        <translation>Die Datenbank durch die Sicherung „%1“ ersetzen (%2 Termine, %3 Patient:innen)?

Alles, was seit dieser Sicherung gebucht wurde, ist danach nicht mehr in Empfang. Die bisherige Datenbank bleibt als „%4.before-restore-…“ erhalten. Vorher Empfang an allen anderen Arbeitsplätzen beenden.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Zurückspielen</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird zurückgespielt…</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was restored. The previous database is kept as &quot;%2&quot;.</source>
        <translation>Die Sicherung „%1“ wurde zurückgespielt. Die bisherige Datenbank liegt als „%2“ bereit.</translation>
    </message>
</context>
<context>
    <name>empfang::BackupFolderField</name>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups contain patient data: use a folder on an encrypted drive or share. Empty = &quot;Datensicherung&quot; beside the database.</source>
        <translation>Sicherungen enthalten Patientendaten: bitte einen Ordner auf einem verschlüsselten Laufwerk oder einer verschlüsselten Freigabe wählen. Leer = „Datensicherung“ neben der Datenbank.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The backup folder must be a full path such as /mnt/sicherung/empfang.</source>
        <translation>Der Sicherungsordner muss ein vollständiger Pfad sein, z. B. /mnt/sicherung/empfang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
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
        <source>The birth date &quot;%1&quot; is not a date like 31.12.1980. Nothing was booked.</source>
        <translation>Das Geburtsdatum „%1“ ist kein Datum im Format 31.12.1980. Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>A patient with this name and birth date already exists (number %1). Choose them from the list, or press Book again to create a new patient anyway.</source>
        <translation>Es gibt bereits eine Patient:in mit diesem Namen und Geburtsdatum (Nummer %1). Wählen Sie sie aus der Liste aus oder klicken Sie erneut auf „Buchen“, um trotzdem eine neue Patient:in anzulegen.</translation>
    </message>
    <message>
        <source>Checking the Google calendar …</source>
        <translation>Google-Kalender wird geprüft …</translation>
    </message>
    <message>
        <source>This time is now taken in the practitioner&apos;s Google calendar. Nothing was booked – please choose another time.</source>
        <translation>Diese Zeit ist inzwischen im Google-Kalender der Behandler:in belegt. Es wurde nichts gebucht – bitte wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>Google could not be asked just now; the calendar will be updated later.</source>
        <translation>Google konnte gerade nicht abgefragt werden; der Kalender wird später aktualisiert.</translation>
    </message>
    <message>
        <source>Search patient or new patient&apos;s name</source>
        <translation>Patient:in suchen oder Name einer neuen Patient:in</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Passende Patient:innen</translation>
    </message>
    <message>
        <source>Birth date of the new patient</source>
        <translation>Geburtsdatum der neuen Patient:in</translation>
    </message>
    <message>
        <source>Phone of the new patient</source>
        <translation>Telefon der neuen Patient:in</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No patient matches. Choose &quot;Create new patient&quot; in the list to add one.</source>
        <translation>Keine Patient:in passt. Zum Neuanlegen „Neue Patient:in anlegen“ in der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>empfang::BusyRefresher</name>
    <message>
        <source>Google asked Empfang to pause until %1; until then the busy times come from the cache.</source>
        <translation>Google hat Empfang um eine Pause bis %1 gebeten; bis dahin kommen die belegten Zeiten aus dem Zwischenspeicher.</translation>
    </message>
</context>
<context>
    <name>empfang::CalendarClient</name>
    <message>
        <source>The event no longer exists in the Google calendar.</source>
        <translation>Der Kalendereintrag existiert im Google-Kalender nicht mehr.</translation>
    </message>
    <message>
        <source>The event was changed in the Google calendar meanwhile.</source>
        <translation>Der Kalendereintrag wurde inzwischen im Google-Kalender geändert.</translation>
    </message>
    <message>
        <source>Google could not be reached. Empfang will try again automatically.</source>
        <translation>Google war nicht erreichbar. Empfang versucht es automatisch erneut.</translation>
    </message>
    <message>
        <source>Google is busy or had a temporary problem (HTTP %1). Empfang will try again automatically.</source>
        <translation>Google ist ausgelastet oder hatte ein vorübergehendes Problem (HTTP %1). Empfang versucht es automatisch erneut.</translation>
    </message>
    <message>
        <source>Google did not accept the access. Please check the Google connection of this practitioner in the settings.</source>
        <translation>Google hat den Zugriff nicht akzeptiert. Bitte prüfen Sie die Google-Verbindung dieser Behandler:in in den Einstellungen.</translation>
    </message>
    <message>
        <source>This practitioner is not connected with Google.</source>
        <translation>Diese Behandler:in ist nicht mit Google verbunden.</translation>
    </message>
    <message>
        <source>Google does not allow Empfang to write to this calendar (%1). Please choose another calendar or connect again, then try again.</source>
        <translation>Google erlaubt Empfang nicht, in diesen Kalender zu schreiben (%1). Bitte wählen Sie einen anderen Kalender oder verbinden Sie erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Google does not know the chosen calendar. Please choose the calendar again in the settings, then try again.</source>
        <translation>Google kennt den gewählten Kalender nicht. Bitte wählen Sie den Kalender in den Einstellungen erneut aus und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Google refused the change (HTTP %1, %2). Please check the appointment and try again.</source>
        <translation>Google hat die Änderung abgelehnt (HTTP %1, %2). Bitte prüfen Sie den Termin und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>empfang::ConsentDialog</name>
    <message>
        <source>Connect Google Calendar – %1</source>
        <translation>Google-Kalender verbinden – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect %1 with Google Calendar&lt;/b&gt;&lt;br&gt;Please read the privacy notice. Connecting is voluntary and can be withdrawn at any time.</source>
        <translation>&lt;b&gt;%1 mit dem Google-Kalender verbinden&lt;/b&gt;&lt;br&gt;Bitte lesen Sie den Datenschutzhinweis. Die Verbindung ist freiwillig und kann jederzeit widerrufen werden.</translation>
    </message>
    <message>
        <source>The privacy notice is missing from this build. Please reinstall Empfang.</source>
        <translation>In dieser Programmversion fehlt der Datenschutzhinweis. Bitte installieren Sie Empfang neu.</translation>
    </message>
    <message>
        <source>Privacy notice version %1</source>
        <translation>Datenschutzhinweis, Version %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Empfang asks Google for exactly these two permissions:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Read calendars and busy times&lt;/b&gt; – so that nobody is booked while the practitioner is busy elsewhere (calendar.readonly).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enter appointments&lt;/b&gt; – the appointments booked here appear in the practitioner&apos;s calendar, without patient names unless the practice switches them on (calendar.events).&lt;/li&gt;&lt;/ul&gt;Google may let you untick a permission: without the first one no connection is made, without the second one busy times are read but nothing is entered.</source>
        <translation>Empfang bittet Google um genau diese zwei Berechtigungen:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Kalender und belegte Zeiten lesen&lt;/b&gt; – damit niemand gebucht wird, während die Behandler:in anderweitig belegt ist (calendar.readonly).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Termine eintragen&lt;/b&gt; – die hier gebuchten Termine erscheinen im Kalender der Behandler:in, ohne Namen der Patient:innen, sofern die Praxis diese nicht einschaltet (calendar.events).&lt;/li&gt;&lt;/ul&gt;Google lässt Sie möglicherweise eine Berechtigung abwählen: Ohne die erste wird keine Verbindung hergestellt, ohne die zweite werden belegte Zeiten gelesen, aber nichts eingetragen.</translation>
    </message>
    <message>
        <source>I have read the privacy notice and consent to the connection described in it.</source>
        <translation>Ich habe den Datenschutzhinweis gelesen und willige in die darin beschriebene Verbindung ein.</translation>
    </message>
    <message>
        <source>Connect with Google</source>
        <translation>Mit Google verbinden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Starting …</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Waiting for Google … please confirm in the browser window that has just opened, then come back here.</source>
        <translation>Warten auf Google … Bitte bestätigen Sie im gerade geöffneten Browserfenster und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Please open the address below in a browser and confirm there.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Bitte öffnen Sie die Adresse unten in einem Browser und bestätigen Sie dort.</translation>
    </message>
    <message>
        <source>No browser window? &lt;a href=&quot;%1&quot;&gt;Open Google&apos;s page&lt;/a&gt;</source>
        <translation>Kein Browserfenster? &lt;a href=&quot;%1&quot;&gt;Google-Seite öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Address of Google&apos;s confirmation page</source>
        <translation>Adresse der Bestätigungsseite von Google</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Address copied: paste it into a browser&apos;s address bar and confirm there.</source>
        <translation>Adresse kopiert: in die Adresszeile eines Browsers einfügen und dort bestätigen.</translation>
    </message>
</context>
<context>
    <name>empfang::ConsentLogDialog</name>
    <message>
        <source>Consent log</source>
        <translation>Einwilligungsprotokoll</translation>
    </message>
    <message>
        <source>Every consent to the Google connection and every withdrawal, with the version and SHA-256 of the privacy notice agreed to. Entries are never changed or deleted.</source>
        <translation>Jede Einwilligung in die Google-Verbindung und jeder Widerruf, mit Version und SHA-256 des zugestimmten Datenschutzhinweises. Einträge werden nie geändert oder gelöscht.</translation>
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
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Benutzer (Betriebssystem)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Version %1, %2…</source>
        <translation>Version %1, %2…</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>No consent has been given or withdrawn yet.</source>
        <translation>Es wurde noch keine Einwilligung erteilt oder widerrufen.</translation>
    </message>
    <message>
        <source>Export consent log</source>
        <translation>Einwilligungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>consent-log-%1.csv</source>
        <translation>einwilligungsprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The consent log could not be written to %1 (%2). Please choose another folder.</source>
        <translation>Das Einwilligungsprotokoll konnte nicht nach %1 geschrieben werden (%2). Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>empfang::DatabaseTab</name>
    <message>
        <source>Database from the next start</source>
        <translation>Datenbank ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Use from the next start</source>
        <translation>Ab dem nächsten Start verwenden</translation>
    </message>
    <message>
        <source>One desk: a SQLite file on this computer. Several desks: one PostgreSQL database on the practice server (see README, &quot;Mehrere Arbeitsplätze&quot;); move the data there with &quot;empfang-cli db copy --to postgresql://…&quot;. The password is not part of the address: it comes from ~/.pgpass or Empfang asks for it at start and keeps it in the system keychain. --db and EMPFANG_DB take precedence over this setting.</source>
        <translation>Ein Arbeitsplatz: eine SQLite-Datei auf diesem Computer. Mehrere Arbeitsplätze: eine PostgreSQL-Datenbank auf dem Praxisserver (siehe README, „Mehrere Arbeitsplätze“); die Daten ziehen mit „empfang-cli db copy --to postgresql://…“ dorthin um. Das Passwort gehört nicht in die Adresse: Es kommt aus ~/.pgpass, oder Empfang fragt beim Start danach und legt es im Schlüsselbund des Systems ab. --db und EMPFANG_DB haben Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Jetzt in Gebrauch:</translation>
    </message>
    <message>
        <source>From the next start:</source>
        <translation>Ab dem nächsten Start:</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 (schema version %2)</source>
        <translation>PostgreSQL-Datenbank %1 (Schema-Version %2)</translation>
    </message>
    <message>
        <source>SQLite file %1 (schema version %2)</source>
        <translation>SQLite-Datei %1 (Schema-Version %2)</translation>
    </message>
    <message>
        <source>Please leave the password out of the address: Empfang asks for it at the next start and keeps it in the system keychain, never in its settings.</source>
        <translation>Bitte lassen Sie das Passwort aus der Adresse weg: Empfang fragt beim nächsten Start danach und legt es im Schlüsselbund des Systems ab, nie in seinen Einstellungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file in an existing folder. Please give the full path, e.g. /srv/praxis/empfang.sqlite.</source>
        <translation>„%1“ ist keine Datei in einem vorhandenen Ordner. Bitte geben Sie den vollständigen Pfad an, z. B. /srv/praxis/empfang.sqlite.</translation>
    </message>
    <message>
        <source>From the next start Empfang uses the file in the user folder again.</source>
        <translation>Ab dem nächsten Start verwendet Empfang wieder die Datei im Benutzerordner.</translation>
    </message>
    <message>
        <source>From the next start Empfang uses %1.</source>
        <translation>Ab dem nächsten Start verwendet Empfang %1.</translation>
    </message>
    <message>
        <source>empty = the file in the user folder, a file path or postgresql://…</source>
        <translation>leer = die Datei im Benutzerordner, ein Dateipfad oder postgresql://…</translation>
    </message>
    <message>
        <source>e.g. postgresql://empfang@praxis-server/empfang?sslmode=verify-full</source>
        <translation>z. B. postgresql://empfang@praxis-server/empfang?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Name of this desk</source>
        <translation>Name dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Other desks show this name, e.g. as the desk that synchronises a practitioner&apos;s Google calendar. Empty = host and user name.</source>
        <translation>Die anderen Arbeitsplätze zeigen diesen Namen, z. B. als Arbeitsplatz, der den Google-Kalender einer Behandler:in synchronisiert. Leer = Rechner- und Benutzername.</translation>
    </message>
    <message>
        <source>Set by the environment variable EMPFANG_DESK.</source>
        <translation>Festgelegt durch die Umgebungsvariable EMPFANG_DESK.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Name of this desk:</source>
        <translation>Name dieses Arbeitsplatzes:</translation>
    </message>
    <message>
        <source>Other desks now see this desk as &quot;%1&quot;.</source>
        <translation>Die anderen Arbeitsplätze sehen diesen Arbeitsplatz jetzt als „%1“.</translation>
    </message>
</context>
<context>
    <name>empfang::FirstRunWizard</name>
    <message>
        <source>Set up Empfang</source>
        <translation>Empfang einrichten</translation>
    </message>
    <message>
        <source>Open the demo practice instead</source>
        <translation>Stattdessen die Demo-Praxis öffnen</translation>
    </message>
    <message>
        <source>Set up the practice</source>
        <translation>Praxis einrichten</translation>
    </message>
</context>
<context>
    <name>empfang::FreshCheck</name>
    <message>
        <source>This time is now taken in the practitioner&apos;s Google calendar. Nothing was moved – please choose another time.</source>
        <translation>Diese Zeit ist inzwischen im Google-Kalender der Behandler:in belegt. Es wurde nichts verschoben – bitte wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>Google could not be asked just now; the calendar will be updated later.</source>
        <translation>Google war gerade nicht erreichbar; der Kalender wird später aktualisiert.</translation>
    </message>
</context>
<context>
    <name>empfang::FrontDesk</name>
    <message>
        <source>Book &amp;series (prescription)…</source>
        <translation>&amp;Serie buchen (Rezept)…</translation>
    </message>
    <message>
        <source>Move this and f&amp;ollowing…</source>
        <translation>Diesen und folgende &amp;verschieben…</translation>
    </message>
    <message>
        <source>Cancel this and &amp;following…</source>
        <translation>Diesen und folgende &amp;absagen…</translation>
    </message>
    <message>
        <source>&amp;Patients…</source>
        <translation>&amp;Patient:innen…</translation>
    </message>
    <message>
        <source>Print appointment &amp;card…</source>
        <translation>Terminzettel &amp;drucken…</translation>
    </message>
    <message>
        <source>Print &amp;day list…</source>
        <translation>&amp;Tagesliste drucken…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Ä&amp;nderungsprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Front desk</source>
        <translation>&amp;Empfang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Appointment card</source>
        <translation>Terminzettel</translation>
    </message>
    <message>
        <source>Select an appointment of the patient first, or print from Patients (%1).</source>
        <translation>Bitte wählen Sie zuerst einen Termin der Patient:in aus oder drucken Sie im Fenster „Patient:innen“ (%1).</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <source>Cancel appointments</source>
        <translation>Termine absagen</translation>
    </message>
    <message>
        <source>Cancel this appointment of %1 and all later ones of the series?</source>
        <translation>Diesen Termin von %1 und alle späteren Termine der Serie absagen?</translation>
    </message>
    <message>
        <source>This appointment is not part of a series. Cancel it?</source>
        <translation>Dieser Termin gehört zu keiner Serie. Soll er abgesagt werden?</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n Termin abgesagt.</numerusform>
            <numerusform>%n Termine abgesagt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) moved.</source>
        <translation>
            <numerusform>%n Termin verschoben.</numerusform>
            <numerusform>%n Termine verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>the series of %1</source>
        <translation>Serie von %1</translation>
    </message>
    <message>
        <source>Print day list</source>
        <translation>Tagesliste drucken</translation>
    </message>
    <message numerus="yes">
        <source>Print the day list of all %n practitioner(s) shown (one page each) or only of %1?</source>
        <translation>
            <numerusform>Die Tagesliste der %n gezeigten Behandler:in drucken oder nur die von %1?</numerusform>
            <numerusform>Die Tagesliste aller %n gezeigten Behandler:innen drucken (je eine Seite) oder nur die von %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>Alle gezeigten</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>the cancellation of %1</source>
        <translation>Absage von %1</translation>
    </message>
    <message numerus="yes">
        <source>Series booked: %n appointment(s) for %1: %2.</source>
        <translation>
            <numerusform>Serie gebucht: %n Termin für %1: %2.</numerusform>
            <numerusform>Serie gebucht: %n Termine für %1: %2.</numerusform>
        </translation>
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
        <source>The connection was not made; please start again.</source>
        <translation>Die Verbindung wurde nicht hergestellt; bitte starten Sie erneut.</translation>
    </message>
    <message>
        <source>Google did not accept the authorization (%1). This happens when the security check (PKCE) fails or the code was already used. Please start the connection again.</source>
        <translation>Google hat die Autorisierung nicht angenommen (%1). Das passiert, wenn die Sicherheitsprüfung (PKCE) fehlschlägt oder der Code bereits verwendet wurde. Bitte starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Google&apos;s answer could not be read (a token or the permissions were missing or malformed). Nothing was stored; please try again.</source>
        <translation>Die Antwort von Google war nicht lesbar (ein Token oder die Berechtigungen fehlten oder waren fehlerhaft). Es wurde nichts gespeichert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google did not finish the connection (HTTP %1, %2). Please try again.</source>
        <translation>Google hat die Verbindung nicht abgeschlossen (HTTP %1, %2). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>Google granted more than Empfang asked for (%1). Empfang may only use &quot;calendar.events&quot; and &quot;calendar.readonly&quot;, so the connection was refused and the access was withdrawn at Google. Nothing was stored.</source>
        <translation>Google hat mehr erlaubt, als Empfang angefragt hat (%1). Empfang darf nur „calendar.events“ und „calendar.readonly“ verwenden; deshalb wurde die Verbindung abgelehnt und der Zugriff bei Google widerrufen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The permission to see the calendar&apos;s busy times was not granted. Without it Empfang could book over existing appointments, so the connection was refused and the access just given was withdrawn at Google. Please connect again and leave &quot;See calendars&quot; ticked.</source>
        <translation>Die Berechtigung, die belegten Zeiten im Kalender zu sehen, wurde nicht erteilt. Ohne sie könnte Empfang über bestehende Termine hinweg buchen. Deshalb wurde die Verbindung abgelehnt und der gerade erteilte Zugriff bei Google wieder entzogen. Bitte verbinden Sie erneut und lassen Sie das Häkchen zum Ansehen der Kalender gesetzt.</translation>
    </message>
    <message>
        <source>Google did not issue a lasting access (no refresh token), so the access just given was withdrawn at Google. Nothing was stored; please try again.</source>
        <translation>Google hat keinen dauerhaften Zugriff erteilt (kein Refresh-Token); der eben erteilte Zugriff wurde deshalb bei Google widerrufen. Es wurde nichts gespeichert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google could not be told (%1): please remove Empfang under Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</source>
        <translation>Google konnte nicht benachrichtigt werden (%1): Bitte entfernen Sie Empfang unter Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</translation>
    </message>
    <message>
        <source>Google is not set up for this practice yet: the practice&apos;s IT first enters the practice&apos;s Google access under Settings → Google-Kalender.</source>
        <translation>Google ist für diese Praxis noch nicht eingerichtet: Die IT der Praxis trägt zuerst den Google-Zugang der Praxis unter Einstellungen → Google-Kalender ein.</translation>
    </message>
    <message>
        <source>Google did not accept the practice&apos;s Google access (%1). Please ask the practice&apos;s IT to check it under Settings → Google-Kalender.</source>
        <translation>Google hat den Google-Zugang der Praxis nicht angenommen (%1). Bitte lassen Sie ihn von der IT der Praxis unter Einstellungen → Google-Kalender prüfen.</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleCalendarDialog</name>
    <message>
        <source>%1 (main calendar)</source>
        <translation>%1 (Hauptkalender)</translation>
    </message>
    <message>
        <source>Google calendars – %1</source>
        <translation>Google-Kalender – %1</translation>
    </message>
    <message>
        <source>Busy times in the ticked calendars block bookings here. The appointments booked here are entered in the booking calendar.</source>
        <translation>Belegte Zeiten in den angehakten Kalendern sperren Buchungen in Empfang. Die hier gebuchten Termine werden in den Buchungskalender eingetragen.</translation>
    </message>
    <message>
        <source>Reload from Google</source>
        <translation>Von Google neu laden</translation>
    </message>
    <message>
        <source>Calendar list loaded from Google.</source>
        <translation>Die Kalenderliste wurde von Google geladen.</translation>
    </message>
    <message>
        <source>Busy times from:</source>
        <translation>Belegte Zeiten aus:</translation>
    </message>
    <message>
        <source>Enter bookings in:</source>
        <translation>Buchungen eintragen in:</translation>
    </message>
    <message>
        <source>Loading the calendar list from Google …</source>
        <translation>Die Kalenderliste wird von Google geladen …</translation>
    </message>
    <message>
        <source>Main calendar</source>
        <translation>Hauptkalender</translation>
    </message>
    <message>
        <source>Connected read-only: appointments are not entered in Google.</source>
        <translation>Nur lesend verbunden: Termine werden nicht in Google eingetragen.</translation>
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
        <source>The permission to see the calendar&apos;s busy times was withdrawn in the Google account. Without it Empfang could book over existing appointments, so it ended the connection and removed the stored access. Connect again with &quot;See calendars&quot; ticked to resume.</source>
        <translation>Die Berechtigung, die belegten Zeiten des Kalenders zu sehen, wurde im Google-Konto entzogen. Ohne sie könnte Empfang über bestehende Termine buchen; deshalb wurde die Verbindung beendet und der gespeicherte Zugriff entfernt. Verbinden Sie erneut und lassen Sie „Kalender ansehen“ angehakt, um fortzufahren.</translation>
    </message>
    <message>
        <source>The permission to see busy times was withdrawn in the Google account; the connection was ended.</source>
        <translation>Die Berechtigung, belegte Zeiten zu sehen, wurde im Google-Konto entzogen; die Verbindung wurde beendet.</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is not in the practitioner&apos;s Google account. Please reload the list of calendars.</source>
        <translation>Der Kalender „%1“ ist nicht im Google-Konto der Behandler:in. Bitte laden Sie die Kalenderliste neu.</translation>
    </message>
    <message>
        <source>Empfang may not write to the calendar &quot;%1&quot;. Please choose one the practitioner owns.</source>
        <translation>Empfang darf nicht in den Kalender „%1“ schreiben. Bitte wählen Sie einen Kalender, der der Behandler:in gehört.</translation>
    </message>
    <message>
        <source>Google is not set up for this practice yet: the practice&apos;s IT first enters the practice&apos;s Google access under Settings → Google-Kalender.</source>
        <translation>Google ist für diese Praxis noch nicht eingerichtet: Die IT der Praxis trägt zuerst den Google-Zugang der Praxis unter Einstellungen → Google-Kalender ein.</translation>
    </message>
    <message>
        <source>This practitioner&apos;s Google calendar is synchronised by the desk &quot;%1&quot;.</source>
        <translation>Der Google-Kalender dieser Behandler:in wird über den Arbeitsplatz „%1“ synchronisiert.</translation>
    </message>
    <message>
        <source>The Google connection was removed: from now on no desk writes to this calendar and its busy times are deleted. The access itself is withdrawn at Google as soon as the desk &quot;%1&quot; runs, which keeps it. To withdraw it at once, remove Empfang&apos;s access in the Google account under Google-Konto → Sicherheit → Drittanbieter-Zugriffe.</source>
        <translation>Die Google-Verbindung wurde getrennt: Ab sofort schreibt kein Arbeitsplatz mehr in diesen Kalender, die belegten Zeiten sind gelöscht. Den Zugang selbst widerruft der Arbeitsplatz „%1“, der ihn aufbewahrt, bei Google, sobald er läuft. Sofort geht es im Google-Konto unter Google-Konto → Sicherheit → Drittanbieter-Zugriffe: Empfang dort entfernen.</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleNoticeBar</name>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this notice; the practitioner stays disconnected.</source>
        <translation>Diesen Hinweis ausblenden; die Behandler:in bleibt ohne Verbindung.</translation>
    </message>
    <message>
        <source>Test mode: Google addresses are redirected (%1). Connections and appointments go to this server, not to Google.</source>
        <translation>Testmodus: Google-Adressen werden umgeleitet (%1). Verbindungen und Termine gehen an diesen Server, nicht an Google.</translation>
    </message>
    <message>
        <source>Access to Google Calendar was withdrawn in the Google account for: %1. The connection was removed; Empfang no longer reads or writes these calendars.</source>
        <translation>Im Google-Konto wurde der Zugriff auf den Google-Kalender widerrufen für: %1. Die Verbindung wurde entfernt; Empfang liest und schreibt diese Kalender nicht mehr.</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleTab</name>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>main calendar</source>
        <translation>Hauptkalender</translation>
    </message>
    <message>
        <source>busy: %1</source>
        <translation>belegt: %1</translation>
    </message>
    <message>
        <source>%1; bookings: %2</source>
        <translation>%1; Buchungen: %2</translation>
    </message>
    <message>
        <source>The Google Calendar connection is not available in this window.</source>
        <translation>Die Verbindung zum Google-Kalender ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Test mode: the Google addresses are redirected to %1. Nothing reaches Google.</source>
        <translation>Testmodus: Die Google-Adressen werden auf %1 umgeleitet. Es wird nichts an Google gesendet.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler:in</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>read: busy times from Google; write: bookings into Google</source>
        <translation>lesen: belegte Zeiten aus Google; schreiben: Buchungen in Google</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Read-only: busy times are taken from Google, but appointments booked here are not entered in the Google calendar.</source>
        <translation>Nur lesend: Belegte Zeiten werden aus Google übernommen, aber hier gebuchte Termine werden nicht in den Google-Kalender eingetragen.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <source>Choose calendars…</source>
        <translation>Kalender auswählen…</translation>
    </message>
    <message>
        <source>Consent log…</source>
        <translation>Einwilligungsprotokoll…</translation>
    </message>
    <message>
        <source>OAuth client of the practice</source>
        <translation>OAuth-Client der Praxis</translation>
    </message>
    <message>
        <source>Set by the environment variable EMPFANG_GOOGLE_CLIENT_ID.</source>
        <translation>Festgelegt durch die Umgebungsvariable EMPFANG_GOOGLE_CLIENT_ID.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>This does not look like a Google client ID: a client ID ends in “.apps.googleusercontent.com”. Nothing was saved; please check it.</source>
        <translation>Das sieht nicht nach einer Google-Client-ID aus: Eine Client-ID endet auf „.apps.googleusercontent.com“. Es wurde nichts gespeichert; bitte prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <source>The Google client was removed.</source>
        <translation>Der Google-Client wurde entfernt.</translation>
    </message>
    <message>
        <source>The Google client was saved.</source>
        <translation>Der Google-Client wurde gespeichert.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>read-only – appointments are not entered in Google</source>
        <translation>nur lesend – Termine werden nicht in Google eingetragen</translation>
    </message>
    <message>
        <source>revoked in Google</source>
        <translation>in Google widerrufen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Disconnect Google</source>
        <translation>Google-Verbindung trennen</translation>
    </message>
    <message>
        <source>Disconnecting …</source>
        <translation>Verbindung wird getrennt …</translation>
    </message>
    <message>
        <source>The calendar choice was saved.</source>
        <translation>Die Kalenderauswahl wurde gespeichert.</translation>
    </message>
    <message>
        <source>Google client ID</source>
        <translation>Google-Client-ID</translation>
    </message>
    <message>
        <source>Google client secret</source>
        <translation>Google-Clientschlüssel</translation>
    </message>
    <message>
        <source>Technical details (for the practice&apos;s IT)</source>
        <translation>Technische Angaben (für die IT der Praxis)</translation>
    </message>
    <message>
        <source>Entered once by the practice&apos;s IT, from the practice&apos;s Google Cloud project: APIs &amp; Services › Credentials › OAuth client ID of type “Desktop app” (README, section “Google-Kalender verbinden”).</source>
        <translation>Trägt die IT der Praxis einmalig ein, aus dem Google-Cloud-Projekt der Praxis: APIs &amp; Dienste › Anmeldedaten › OAuth-Client-ID vom Typ „Desktop-App“ (README, Abschnitt „Google-Kalender verbinden“).</translation>
    </message>
    <message>
        <source>Access saved</source>
        <translation>Zugang gespeichert</translation>
    </message>
    <message>
        <source>Whether this computer keeps the access Google granted, in its protected password store</source>
        <translation>Ob dieser Computer den von Google erteilten Zugang in seinem geschützten Passwortspeicher aufbewahrt</translation>
    </message>
    <message>
        <source>%1 withdrew Empfang&apos;s access in the Google account. The connection and the access saved on this computer were removed; booking here works as before.</source>
        <translation>%1 hat den Zugriff von Empfang im Google-Konto widerrufen. Die Verbindung und der auf diesem Computer gespeicherte Zugang wurden entfernt; das Buchen in Empfang funktioniert weiterhin wie gewohnt.</translation>
    </message>
    <message>
        <source>Google cannot be connected yet: the practice&apos;s IT first enters the practice&apos;s Google access once (under “%1” below). Nothing was started.</source>
        <translation>Google kann noch nicht verbunden werden: Die IT der Praxis trägt zuerst einmalig den Google-Zugang der Praxis ein (unter „%1“ unten). Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>Disconnect %1 from Google? Empfang&apos;s access is withdrawn at Google, the access saved on this computer is deleted and the withdrawal is recorded in the consent log.</source>
        <translation>Die Google-Verbindung von %1 trennen? Der Zugriff von Empfang wird bei Google widerrufen, der auf diesem Computer gespeicherte Zugang wird gelöscht und der Widerruf wird im Einwilligungsprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Synchronised by</source>
        <translation>Synchronisiert über</translation>
    </message>
    <message>
        <source>Move sync to this desk…</source>
        <translation>Sync an diesen Arbeitsplatz holen…</translation>
    </message>
</context>
<context>
    <name>empfang::GoogleTokenClient</name>
    <message>
        <source>Google reported a temporary problem (HTTP %1). Please try again in a few minutes.</source>
        <translation>Google hat ein vorübergehendes Problem gemeldet (HTTP %1). Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Google refused the request (HTTP %1, %2).</source>
        <translation>Google hat die Anfrage abgelehnt (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
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
    <name>empfang::HoursPage</name>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>When does %1 work? Appointments can be booked in these hours; breaks and split shifts can be added later under Settings.</source>
        <translation>Wann arbeitet %1? In diesen Zeiten können Termine gebucht werden; Pausen und geteilte Dienste lassen sich später unter Einstellungen ergänzen.</translation>
    </message>
    <message>
        <source>Please tick at least one working day.</source>
        <translation>Bitte haken Sie mindestens einen Arbeitstag an.</translation>
    </message>
    <message>
        <source>On %1 the end must lie after the start.</source>
        <translation>Am %1 muss das Ende nach dem Beginn liegen. Bitte korrigieren Sie die Zeiten.</translation>
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
        <source>Please add a practitioner first.</source>
        <translation>Bitte legen Sie zuerst eine Behandler:in an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 31.12.2026. Nothing was changed.</source>
        <translation>„%1“ ist kein Datum im Format 31.12.2026. Es wurde nichts geändert.</translation>
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
    <message>
        <source>Working from</source>
        <translation>Arbeitszeit von</translation>
    </message>
    <message>
        <source>Working until</source>
        <translation>Arbeitszeit bis</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Gültig ab (Datum)</translation>
    </message>
    <message>
        <source>Valid until (date)</source>
        <translation>Gültig bis (Datum)</translation>
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
        <source>No practitioners yet: add them under File › Settings.</source>
        <translation>Noch keine Behandler:innen: Legen Sie sie unter Datei › Einstellungen an.</translation>
    </message>
    <message>
        <source>No free slot within the booking horizon.</source>
        <translation>Innerhalb des Buchungshorizonts gibt es keine freie Zeit.</translation>
    </message>
    <message>
        <source>List the next free slots of the chosen type (F3)</source>
        <translation>Nächste freie Zeiten der gewählten Terminart auflisten (F3)</translation>
    </message>
    <message>
        <source>Show next free slot in the grid</source>
        <translation>Nächste freie Zeit im Terminplan anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgesagt</numerusform>
            <numerusform>%n abgesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attended</source>
        <translation>
            <numerusform>%n nicht erschienen</numerusform>
            <numerusform>%n nicht erschienen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>, of which %1</source>
        <translation>, davon %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) lie in an absence: please move them.</source>
        <translation>
            <numerusform>%n Termin liegt in einer Abwesenheit: bitte verschieben.</numerusform>
            <numerusform>%n Termine liegen in einer Abwesenheit: bitte verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back the cancellation</source>
        <translation>Absage zurücknehmen</translation>
    </message>
    <message>
        <source>Attended after &amp;all</source>
        <translation>&amp;Doch erschienen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%n free start time(s) for %1.</source>
        <translation>
            <numerusform>%n freie Startzeit für %1.</numerusform>
            <numerusform>%n freie Startzeiten für %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation>Wieder gebucht</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message numerus="yes">
        <source>Moving the appointments in the absence: %n more after this one.</source>
        <translation>
            <numerusform>Termine in der Abwesenheit verschieben: danach noch %n.</numerusform>
            <numerusform>Termine in der Abwesenheit verschieben: danach noch %n.</numerusform>
        </translation>
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
    <message>
        <source>New date</source>
        <translation>Neues Datum</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Neue Uhrzeit</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler:in</translation>
    </message>
    <message>
        <source>Checking the Google calendar …</source>
        <translation>Prüfe Google-Kalender …</translation>
    </message>
    <message>
        <source>Next free times</source>
        <translation>Nächste freie Zeiten</translation>
    </message>
    <message>
        <source>Next free:</source>
        <translation>Nächste freie:</translation>
    </message>
    <message>
        <source>Duration with %1: %2 min (own duration; usually %3 min).</source>
        <translation>Dauer bei %1: %2 min (eigene Dauer; sonst %3 min).</translation>
    </message>
    <message>
        <source>Duration with %1: %2 min.</source>
        <translation>Dauer bei %1: %2 min.</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>Keine freie Zeit in den nächsten zwei Wochen.</translation>
    </message>
</context>
<context>
    <name>empfang::MoveFollowingDialog</name>
    <message>
        <source>Move this and following</source>
        <translation>Diesen und folgende verschieben</translation>
    </message>
    <message>
        <source>New date and time of this session</source>
        <translation>Neues Datum und neue Uhrzeit dieses Termins</translation>
    </message>
    <message>
        <source>%1, %2: the later sessions of the series move by the same number of days to the same new time.</source>
        <translation>%1, %2: Die späteren Termine der Serie werden um dieselbe Anzahl Tage auf dieselbe neue Uhrzeit verschoben.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Neue Zeit:</translation>
    </message>
</context>
<context>
    <name>empfang::NextFreeDialog</name>
    <message>
        <source>Next free slot</source>
        <translation>Nächste freie Zeit</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler:in</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>Alle Behandler:innen</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Uhrzeit</translation>
    </message>
    <message>
        <source>Mornings (before 12:00)</source>
        <translation>Vormittags (vor 12:00)</translation>
    </message>
    <message>
        <source>Afternoons (from 12:00)</source>
        <translation>Nachmittags (ab 12:00)</translation>
    </message>
    <message>
        <source>After …</source>
        <translation>Ab …</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>Früheste Uhrzeit</translation>
    </message>
    <message>
        <source>Free slots, earliest first</source>
        <translation>Freie Zeiten, früheste zuerst</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Buchen…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Termin&amp;art:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Be&amp;handler:in:</translation>
    </message>
    <message>
        <source>Time of &amp;day:</source>
        <translation>&amp;Tageszeit:</translation>
    </message>
    <message>
        <source>Week&amp;days:</source>
        <translation>&amp;Wochentage:</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>No free slot matches within the booking horizon.</source>
        <translation>Innerhalb des Buchungshorizonts passt keine freie Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s), earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n freie Zeit. Die Eingabetaste bucht die ausgewählte.</numerusform>
            <numerusform>%n freie Zeiten, früheste zuerst. Die Eingabetaste bucht die ausgewählte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>empfang::PatientPicker</name>
    <message>
        <source>Name, birth date or phone – or a new patient&apos;s name</source>
        <translation>Name, Geburtsdatum oder Telefon – oder Name einer neuen Patient:in</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Suche nach Patient:innen</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Passende Patient:innen</translation>
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
        <source>Create new patient: %1</source>
        <translation>Neue Patient:in anlegen: %1</translation>
    </message>
</context>
<context>
    <name>empfang::PatientsDialog</name>
    <message>
        <source>Patients</source>
        <translation>Patient:innen</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patient:innen suchen</translation>
    </message>
    <message>
        <source>Name, birth date (DD.MM.YYYY) or phone</source>
        <translation>Name, Geburtsdatum (TT.MM.JJJJ) oder Telefon</translation>
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
        <source>Patients found</source>
        <translation>Gefundene Patient:innen</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Appointment history</source>
        <translation>Terminverlauf</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Print appointment card…</source>
        <translation>&amp;Terminzettel drucken…</translation>
    </message>
    <message>
        <source>E&amp;xport data (GDPR)…</source>
        <translation>Daten e&amp;xportieren (DSGVO)…</translation>
    </message>
    <message>
        <source>&amp;Erase patient (GDPR)…</source>
        <translation>Patient:in &amp;löschen (DSGVO)…</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Aufbewahrungsfrist in Jahren</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Delete patient data after the last appointment:</source>
        <translation>Aufbewahrung der Patientendaten nach dem letzten Termin:</translation>
    </message>
    <message>
        <source>Export patient data to folder</source>
        <translation>Patientendaten in Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n-mal nicht erschienen</numerusform>
            <numerusform>%n-mal nicht erschienen</numerusform>
        </translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date like 31.12.1980. Nothing was saved.</source>
        <translation>Das Geburtsdatum „%1“ ist kein Datum im Format 31.12.1980. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Another patient has the same name and birth date (number %1). Is it the same person? Press Save again to keep both.</source>
        <translation>Eine andere Patient:in hat denselben Namen und dasselbe Geburtsdatum (Nummer %1). Ist es dieselbe Person? Klicken Sie erneut auf „Speichern“, um beide zu behalten.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Exported to %1.json and %1.pdf.</source>
        <translation>Exportiert nach %1.json und %1.pdf.</translation>
    </message>
    <message>
        <source>Erase patient</source>
        <translation>Patient:in löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good? Future appointments are cancelled, past ones are kept only as anonymous statistics. This cannot be undone.</source>
        <translation>%1 endgültig löschen? Künftige Termine werden abgesagt, vergangene bleiben nur als anonyme Statistik erhalten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Patient erased: %1 future appointment(s) cancelled, %2 kept as anonymous statistics.</source>
        <translation>Patient:in gelöscht. Abgesagte künftige Termine: %1; als anonyme Statistik behalten: %2.</translation>
    </message>
</context>
<context>
    <name>empfang::PracticePage</name>
    <message>
        <source>Welcome to Empfang</source>
        <translation>Willkommen bei Empfang</translation>
    </message>
    <message>
        <source>Four short steps and the appointment grid is ready. Everything can be changed later under Settings.</source>
        <translation>Vier kurze Schritte, dann ist der Terminplan bereit. Alles lässt sich später unter Einstellungen ändern.</translation>
    </message>
    <message>
        <source>e.g. Physiotherapie am Markt</source>
        <translation>z. B. Physiotherapie am Markt</translation>
    </message>
    <message>
        <source>Name of the practice:</source>
        <translation>Name der Praxis:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
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
        <source>Backup folder (this workstation):</source>
        <translation>Sicherungsordner (dieser Arbeitsplatz):</translation>
    </message>
    <message>
        <source>Practice settings saved.</source>
        <translation>Praxiseinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Slot step in minutes</source>
        <translation>Rasterschritt in Minuten</translation>
    </message>
    <message>
        <source>Minimum notice in minutes</source>
        <translation>Mindestvorlauf in Minuten</translation>
    </message>
    <message>
        <source>Booking horizon in days</source>
        <translation>Buchungshorizont in Tagen</translation>
    </message>
    <message>
        <source>Practice address</source>
        <translation>Adresse der Praxis</translation>
    </message>
    <message>
        <source>e.g. Hauptstraße 1, 10115 Berlin</source>
        <translation>z. B. Hauptstraße 1, 10115 Berlin</translation>
    </message>
    <message>
        <source>Practice phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>e.g. 030 1234567</source>
        <translation>z. B. 030 1234567</translation>
    </message>
    <message>
        <source>Practice e-mail</source>
        <translation>E-Mail der Praxis</translation>
    </message>
    <message>
        <source>e.g. praxis@example.de</source>
        <translation>z. B. praxis@example.de</translation>
    </message>
    <message>
        <source>Practice website</source>
        <translation>Website der Praxis</translation>
    </message>
    <message>
        <source>e.g. www.example.de</source>
        <translation>z. B. www.example.de</translation>
    </message>
    <message>
        <source>Size of the appointment card</source>
        <translation>Größe des Terminzettels</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Appointment card:</source>
        <translation>Terminzettel:</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>empfang::PractitionerPage</name>
    <message>
        <source>First practitioner</source>
        <translation>Erste Behandler:in</translation>
    </message>
    <message>
        <source>Who treats patients? Further practitioners can be added later.</source>
        <translation>Wer behandelt die Patient:innen? Weitere Behandler:innen können Sie später hinzufügen.</translation>
    </message>
    <message>
        <source>e.g. Anna Berger</source>
        <translation>z. B. Anna Berger</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>empfang::PractitionerRowsTab</name>
    <message>
        <source>Practitioner</source>
        <translation>Behandler:in</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Behandler:in:</translation>
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
        <source>Name of the practitioner</source>
        <translation>Name der Behandler:in</translation>
    </message>
    <message>
        <source>%1 – %2 min with this practitioner (usually %3 min)</source>
        <translation>%1 – %2 min bei dieser Behandler:in (sonst %3 min)</translation>
    </message>
    <message>
        <source>Practitioner &quot;%1&quot; saved; offers every appointment type.</source>
        <translation>Behandler:in „%1“ gespeichert; bietet jede Terminart an.</translation>
    </message>
    <message numerus="yes">
        <source>Practitioner &quot;%1&quot; saved; offers %n appointment type(s).</source>
        <translation>
            <numerusform>Behandler:in „%1“ gespeichert; bietet %n Terminart an.</numerusform>
            <numerusform>Behandler:in „%1“ gespeichert; bietet %n Terminarten an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>empfang::ScheduleView</name>
    <message>
        <source>Go to time: %1</source>
        <translation>Gehe zu Uhrzeit: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 1100 or 930.</source>
        <translation>„%1“ ist keine Uhrzeit wie 1100 oder 930.</translation>
    </message>
</context>
<context>
    <name>empfang::SeriesDialog</name>
    <message>
        <source>Book series (prescription)</source>
        <translation>Serie buchen (Rezept)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler:in</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Erster Termin</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Abstand in Wochen</translation>
    </message>
    <message>
        <source>Any practitioner who offers the type</source>
        <translation>Alle Behandler:innen, die die Terminart anbieten</translation>
    </message>
    <message>
        <source>Proposed sessions</source>
        <translation>Vorgeschlagene Termine</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Conflict / alternative</source>
        <translation>Konflikt / Alternative</translation>
    </message>
    <message>
        <source>New time of the selected session</source>
        <translation>Neue Zeit des ausgewählten Termins</translation>
    </message>
    <message>
        <source>&amp;Change session</source>
        <translation>Termin än&amp;dern</translation>
    </message>
    <message>
        <source>Selected session:</source>
        <translation>Ausgewählter Termin:</translation>
    </message>
    <message>
        <source>&amp;Book series</source>
        <translation>Serie &amp;buchen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:in:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Termin&amp;art:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Be&amp;handler:in:</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>&amp;Erster Termin:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>Anzahl &amp;Termine:</translation>
    </message>
    <message>
        <source>Week&amp;days:</source>
        <translation>&amp;Wochentage:</translation>
    </message>
    <message>
        <source>Every &amp;N weeks:</source>
        <translation>Alle &amp;N Wochen:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Alternative – %1</source>
        <translation>Alternative – %1</translation>
    </message>
    <message>
        <source>Conflict – %1</source>
        <translation>Konflikt – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative(s)</source>
        <translation>
            <numerusform>%n Alternative</numerusform>
            <numerusform>%n Alternativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a patient or enter a new patient&apos;s name.</source>
        <translation>Bitte wählen Sie eine Patient:in aus oder geben Sie den Namen einer neuen Patient:in ein.</translation>
    </message>
    <message>
        <source>Session on %1 has no free time. Change it or shorten the series; nothing was booked.</source>
        <translation>Für den Termin am %1 gibt es keine freie Zeit. Ändern Sie ihn oder verkürzen Sie die Serie; es wurde nichts gebucht.</translation>
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
    <message>
        <source>Google Calendar</source>
        <translation>Google-Kalender</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Changes on the tab(s) %1 are not saved yet.</source>
        <translation>Änderungen auf %1 sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>empfang::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Grid: next / previous free time</source>
        <translation>Raster: nächste / vorige freie Zeit</translation>
    </message>
    <message>
        <source>Arrow down / up</source>
        <translation>Pfeil nach unten / oben</translation>
    </message>
    <message>
        <source>Grid: next practitioner</source>
        <translation>Raster: nächste / vorige Behandler:in</translation>
    </message>
    <message>
        <source>Arrow right / left</source>
        <translation>Pfeil nach rechts / links</translation>
    </message>
    <message>
        <source>Grid: same time a day later / earlier</source>
        <translation>Raster: gleiche Zeit einen Tag später / früher</translation>
    </message>
    <message>
        <source>%1Arrow right / left</source>
        <translation>%1Pfeil nach rechts / links</translation>
    </message>
    <message>
        <source>Grid: an hour later / earlier</source>
        <translation>Raster: eine Stunde später / früher</translation>
    </message>
    <message>
        <source>Page down / up</source>
        <translation>Bild ab / Bild auf</translation>
    </message>
    <message>
        <source>Grid: start / end of the day</source>
        <translation>Raster: Tagesbeginn / Tagesende</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>Grid: go to a time (e.g. 1100 for 11:00)</source>
        <translation>Raster: zu einer Uhrzeit springen (z. B. 1100 für 11:00)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>Grid: book the free time / actions of the appointment</source>
        <translation>Raster: freie Zeit buchen / Aktionen des Termins</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
</context>
<context>
    <name>empfang::StorageNoticeBar</name>
    <message>
        <source>Database damaged – booking is locked. %1</source>
        <translation>Datenbank beschädigt – Buchen gesperrt. %1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <source>Database not reachable – booking is locked. %1 Empfang tries again every few seconds; the grid shows the last state it read.</source>
        <translation>Datenbank nicht erreichbar – Buchen gesperrt. %1 Empfang versucht es alle paar Sekunden erneut; das Raster zeigt den zuletzt gelesenen Stand.</translation>
    </message>
</context>
<context>
    <name>empfang::SyncController</name>
    <message>
        <source>Resend to Google</source>
        <translation>Erneut an Google senden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Google: %1</source>
        <translation>Google: %1</translation>
    </message>
    <message>
        <source>Sending to Google again: %1.</source>
        <translation>Wird erneut an Google gesendet: %1.</translation>
    </message>
    <message>
        <source>The appointment of %1 on %2 was changed in Google – please check. %3</source>
        <translation>Der Termin von %1 am %2 wurde in Google geändert – bitte prüfen Sie ihn. %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n weiterer)</numerusform>
            <numerusform>(%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>empfang::SyncService</name>
    <message>
        <source>The Google connection of this practitioner only allows reading busy times, so Empfang cannot write the appointment into the calendar. Connect again with write permission, then retry.</source>
        <translation>Die Google-Verbindung dieser Behandler:in erlaubt nur das Lesen belegter Zeiten, daher kann Empfang den Termin nicht in den Kalender eintragen. Bitte verbinden Sie erneut mit Schreibberechtigung und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The practitioner is not connected with Google; the appointment will be written to the calendar once the connection is back.</source>
        <translation>Die Behandler:in ist nicht mit Google verbunden; der Termin wird in den Kalender eingetragen, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The Google calendar already holds a different event under this appointment&apos;s id. Please contact support.</source>
        <translation>Im Google-Kalender gibt es unter der Kennung dieses Termins bereits einen anderen Eintrag. Bitte wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The event of this appointment was deleted in the Google calendar. The appointment is still booked in Empfang: cancel it, or use &quot;Retry&quot; to put it back into Google.</source>
        <translation>Der Kalendereintrag dieses Termins wurde im Google-Kalender gelöscht. In Empfang ist der Termin weiterhin gebucht: Sagen Sie ihn ab oder tragen Sie ihn mit „Erneut an Google senden“ wieder in Google ein.</translation>
    </message>
    <message>
        <source>The event of this appointment was moved in the Google calendar to %1 (in Empfang: %2). Move the appointment, or use &quot;Retry&quot; to write Empfang&apos;s time to Google again.</source>
        <translation>Der Kalendereintrag dieses Termins wurde im Google-Kalender auf %1 verschoben (in Empfang: %2). Verschieben Sie den Termin oder schreiben Sie mit „Erneut an Google senden“ die Zeit aus Empfang wieder nach Google.</translation>
    </message>
    <message>
        <source>Google asked Empfang to pause until %1; the change is sent after that.</source>
        <translation>Google hat Empfang um eine Pause bis %1 gebeten; die Änderung wird danach gesendet.</translation>
    </message>
    <message>
        <source>Appointments of this practitioner reach Google only when the desk &quot;%1&quot; runs again; busy times are those it last stored.</source>
        <translation>Termine dieser Behandler:in erreichen Google erst, wenn der Arbeitsplatz „%1“ wieder läuft; die belegten Zeiten sind die zuletzt von ihm gespeicherten.</translation>
    </message>
    <message>
        <source>Google cannot be reached from the desk &quot;%1&quot;, which synchronises this practitioner&apos;s calendar.</source>
        <translation>Google ist vom Arbeitsplatz „%1“ aus, der den Kalender dieser Behandler:in synchronisiert, nicht erreichbar.</translation>
    </message>
    <message>
        <source>The desk &quot;%1&quot;, which synchronises this practitioner&apos;s Google calendar, did not answer.</source>
        <translation>Der Arbeitsplatz „%1“, der den Google-Kalender dieser Behandler:in synchronisiert, hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>empfang::TypesPage</name>
    <message>
        <source>Appointment types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>What is booked, and how long does it take? Edit the suggestions, clear a name to leave a type out.</source>
        <translation>Was wird gebucht, und wie lange dauert es? Passen Sie die Vorschläge an; löschen Sie einen Namen, um eine Terminart wegzulassen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Add type</source>
        <translation>Terminart hinzufügen</translation>
    </message>
    <message>
        <source>Remove type</source>
        <translation>Terminart entfernen</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>Manual therapy</source>
        <translation>Manuelle Therapie</translation>
    </message>
    <message>
        <source>Initial consultation</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Please enter at least one appointment type.</source>
        <translation>Bitte geben Sie mindestens eine Terminart ein.</translation>
    </message>
    <message>
        <source>The name in row %1: %2</source>
        <translation>Der Name in Zeile %1: %2</translation>
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
    <message>
        <source>Name of the type</source>
        <translation>Name der Terminart</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Buffer before in minutes</source>
        <translation>Pufferzeit davor in Minuten</translation>
    </message>
    <message>
        <source>Buffer after in minutes</source>
        <translation>Pufferzeit danach in Minuten</translation>
    </message>
</context>
<context>
    <name>empfang::UndoHistory</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>Nicht rückgängig gemacht (%1): %2</translation>
    </message>
</context>
</TS>
