<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Activities</name>
        <message>
            <source>An activity needs a name, for example “putting on socks”.</source>
            <translation>Eine Aktivität braucht einen Namen, zum Beispiel „Socken anziehen“.</translation>
        </message>
        <message>
            <source>Keep the activity's name under {limit} characters (it has {count}).</source>
            <translation>Der Name der Aktivität darf höchstens {limit} Zeichen haben (er hat {count}).</translation>
        </message>
        <message>
            <source>The check-in holds up to {limit} activities. Retire one you no longer find hard before adding another (its ratings are kept).</source>
            <translation>Der Check-in fasst bis zu {limit} Aktivitäten. Legen Sie eine ab, die Ihnen nicht mehr schwerfällt, bevor Sie eine neue hinzufügen (ihre Bewertungen bleiben erhalten).</translation>
        </message>
        <message>
            <source>The new order must list each active activity exactly once.</source>
            <translation>Die neue Reihenfolge muss jede aktive Aktivität genau einmal enthalten.</translation>
        </message>
        <message>
            <source>Ratings are whole numbers from 0 to 10, not {score!r}.</source>
            <translation>Bewertungen sind ganze Zahlen von 0 bis 10, nicht {score!r}.</translation>
        </message>
        <message>
            <source>No activity with id {id} in the journal.</source>
            <translation>Im Tagebuch gibt es keine Aktivität mit der ID {id}.</translation>
        </message>
        <message>
            <source>“{name}” is already on your list.</source>
            <translation>„{name}“ steht schon auf Ihrer Liste.</translation>
        </message>
        <message>
            <source>No active activity with id {id} in the journal.</source>
            <translation>Im Tagebuch gibt es keine aktive Aktivität mit der ID {id}.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <source>Activities reading</source>
            <translation>Auswertung der Aktivitäten</translation>
        </message>
        <message>
            <source>Your own activities, rated each week: 0 = can't do it, 10 = as well as before the problem. Higher is better. A change of the average by 2 points, or of one activity by 3, is more than week-to-week noise.</source>
            <translation>Ihre eigenen Aktivitäten, jede Woche bewertet: 0 = geht nicht, 10 = so gut wie vor den Beschwerden. Höher ist besser. Ändert sich der Durchschnitt um 2 Punkte oder eine einzelne Aktivität um 3, ist das mehr als das übliche Auf und Ab von Woche zu Woche.</translation>
        </message>
        <message>
            <source>No weekly check-ins yet. Name a few everyday things your back makes hard and rate them once a week: this page then shows what you can do again.</source>
            <translation>Noch keine wöchentlichen Check-ins. Nennen Sie ein paar alltägliche Dinge, die Ihnen der Rücken schwer macht, und bewerten Sie sie einmal pro Woche: Diese Seite zeigt dann, was wieder geht.</translation>
        </message>
        <message>
            <source>Start your first check-in</source>
            <translation>Ersten Check-in beginnen</translation>
        </message>
        <message>
            <source>Drawing the chart…</source>
            <translation>Diagramm wird gezeichnet …</translation>
        </message>
    </context>
    <context>
        <name>ActivityCalendar</name>
        <message>
            <source>Calendar of active days</source>
            <translation>Kalender der aktiven Tage</translation>
        </message>
        <message>
            <source>no session</source>
            <translation>keine Einheit</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Einheit</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} Einheiten</translation>
        </message>
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>0 can't do it</source>
            <translation>0 geht nicht</translation>
        </message>
        <message>
            <source>10 as before</source>
            <translation>10 wie vorher</translation>
        </message>
        <message>
            <source>Activities chart</source>
            <translation>Diagramm der Aktivitäten</translation>
        </message>
        <message>
            <source>Average of all activities</source>
            <translation>Durchschnitt aller Aktivitäten</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>abgelegt</translation>
        </message>
    </context>
    <context>
        <name>ActivityCheckinDialog</name>
        <message>
            <source>putting on socks, gardening for 30 minutes, sitting through a film</source>
            <translation>Socken anziehen, 30 Minuten im Garten arbeiten, einen ganzen Film lang sitzen</translation>
        </message>
        <message>
            <source>Weekly check-in</source>
            <translation>Wöchentlicher Check-in</translation>
        </message>
        <message>
            <source>How well can you do these this week?&lt;br&gt;&lt;b&gt;0&lt;/b&gt; = can't do it, &lt;b&gt;10&lt;/b&gt; = as well as before your back problem.</source>
            <translation>Wie gut geht das diese Woche?&lt;br&gt;&lt;b&gt;0&lt;/b&gt; = geht nicht, &lt;b&gt;10&lt;/b&gt; = so gut wie vor Ihren Rückenbeschwerden.</translation>
        </message>
        <message>
            <source>Name up to {count} everyday activities your back makes hard — for example {examples}. Each week you rate them, and Trends shows how they change.</source>
            <translation>Nennen Sie bis zu {count} alltägliche Tätigkeiten, die Ihnen der Rücken schwer macht – zum Beispiel {examples}. Sie bewerten sie jede Woche, und unter Trends sehen Sie, wie sie sich verändern.</translation>
        </message>
        <message>
            <source>A new activity, e.g. “putting on socks”</source>
            <translation>Eine neue Aktivität, z. B. „Socken anziehen“</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Neue Aktivität</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Not this week</source>
            <translation>&amp;Nicht diese Woche</translation>
        </message>
        <message>
            <source>Ask me &amp;later</source>
            <translation>&amp;Später fragen</translation>
        </message>
        <message>
            <source>Five activities: retire one to add another</source>
            <translation>Fünf Aktivitäten: Legen Sie eine ab, um eine neue hinzuzufügen</translation>
        </message>
        <message>
            <source>Score for {name}</source>
            <translation>Wert für {name}</translation>
        </message>
        <message>
            <source>last time {score}</source>
            <translation>letztes Mal {score}</translation>
        </message>
        <message>
            <source>note (optional)</source>
            <translation>Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>Note for {name}</source>
            <translation>Notiz zu {name}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen …</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Ablegen</translation>
        </message>
        <message>
            <source>Stop asking about it; its ratings stay in your history</source>
            <translation>Nicht mehr danach fragen; die Bewertungen bleiben in Ihrem Verlauf</translation>
        </message>
        <message>
            <source>“{name}” is already on your list.</source>
            <translation>„{name}“ steht schon auf Ihrer Liste.</translation>
        </message>
        <message>
            <source>Rename activity</source>
            <translation>Aktivität umbenennen</translation>
        </message>
        <message>
            <source>New name (its ratings are kept):</source>
            <translation>Neuer Name (die Bewertungen bleiben erhalten):</translation>
        </message>
        <message>
            <source>Retire activity</source>
            <translation>Aktivität ablegen</translation>
        </message>
        <message>
            <source>Stop asking about “{name}”? Its ratings stay in Trends, exports and the report.</source>
            <translation>Nicht mehr nach „{name}“ fragen? Die Bewertungen bleiben in Trends, Exporten und im Bericht.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCheckins</name>
        <message>
            <source>Saved this week's check-in (1 activity).</source>
            <translation>Check-in dieser Woche gespeichert (1 Aktivität).</translation>
        </message>
        <message>
            <source>Saved this week's check-in ({count} activities).</source>
            <translation>Check-in dieser Woche gespeichert ({count} Aktivitäten).</translation>
        </message>
        <message>
            <source>The check-in will be offered again next week.</source>
            <translation>Der Check-in wird nächste Woche wieder angeboten.</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Cannot write the start-at-login entry {path}: {reason}. Check that {folder} is writable.</source>
            <translation>Der Eintrag für den Start bei der Anmeldung {path} kann nicht geschrieben werden: {reason}. Prüfen Sie, ob {folder} beschreibbar ist.</translation>
        </message>
        <message>
            <source>Cannot remove the start-at-login entry {path}: {reason}. Check that {folder} is writable.</source>
            <translation>Der Eintrag für den Start bei der Anmeldung {path} kann nicht entfernt werden: {reason}. Prüfen Sie, ob {folder} beschreibbar ist.</translation>
        </message>
    </context>
    <context>
        <name>BacktimerApp</name>
        <message>
            <source>To&amp;day</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Bibliothek</translation>
        </message>
        <message>
            <source>Weekly &amp;check-in…</source>
            <translation>Wöchentlicher &amp;Check-in …</translation>
        </message>
        <message>
            <source>Journal opened read-only: workouts are not being recorded.</source>
            <translation>Tagebuch schreibgeschützt geöffnet: Trainings werden nicht eingetragen.</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Trends</source>
            <translation>&amp;Trends</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>&amp;Aktivitäten</translation>
        </message>
        <message>
            <source>Flare mode is on: today is marked as a flare day.</source>
            <translation>Der Schubmodus ist an: Heute ist als Schubtag markiert.</translation>
        </message>
        <message>
            <source>Could not {what}: {error}</source>
            <translation>„{what}“ ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Your workout carries on; what was saved before is safe.</source>
            <translation>Ihr Training läuft weiter; was vorher gespeichert wurde, ist sicher.</translation>
        </message>
        <message>
            <source>What was saved before is safe.</source>
            <translation>Was vorher gespeichert wurde, ist sicher.</translation>
        </message>
        <message>
            <source>Could not save to the journal</source>
            <translation>Speichern im Tagebuch nicht möglich</translation>
        </message>
        <message>
            <source>Some routine files were skipped</source>
            <translation>Einige Routinedateien wurden übersprungen</translation>
        </message>
        <message>
            <source>These files have problems and were not loaded (everything else was):</source>
            <translation>Diese Dateien haben Probleme und wurden nicht geladen (alles andere schon):</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>Check a file with: backtimer routines check FILE</source>
            <translation>Prüfen Sie eine Datei mit: backtimer routines check FILE</translation>
        </message>
        <message>
            <source>Backtimer cannot start</source>
            <translation>Backtimer kann nicht starten</translation>
        </message>
        <message>
            <source>Backtimer is already running</source>
            <translation>Backtimer läuft bereits</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is nothing to back up yet: no journal at {path} (or it is empty).</source>
            <translation>Es gibt noch nichts zu sichern: kein Tagebuch unter {path} (oder es ist leer).</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name and try again.</source>
            <translation>Die Datei {path} gibt es nicht. Prüfen Sie den Namen und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The backup {path} was written by a newer Backtimer (schema v{version}); this version understands up to v{supported}. Update Backtimer first. Nothing was changed.</source>
            <translation>Die Sicherung {path} stammt von einem neueren Backtimer (Schema v{version}); diese Version versteht bis v{supported}. Aktualisieren Sie zuerst Backtimer. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The journal {subject} is damaged ({damage}), so no backup was made and the backups you have are kept. Restore one with: backtimer restore FILE</source>
            <translation>Das Tagebuch {subject} ist beschädigt ({damage}). Es wurde keine Sicherung angelegt, Ihre vorhandenen Sicherungen bleiben erhalten. Stellen Sie eine wieder her mit: backtimer restore FILE</translation>
        </message>
        <message>
            <source>The journal {path} is locked by another program, so it could not be copied. Close the program that has it open (often another Backtimer window), then try again.</source>
            <translation>Das Tagebuch {path} ist von einem anderen Programm gesperrt und konnte nicht kopiert werden. Schließen Sie das Programm, das es geöffnet hat (oft ein anderes Backtimer-Fenster), und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file {path} cannot be restored: it is damaged or not a Backtimer journal ({detail}). Choose another backup; your journal was not changed.</source>
            <translation>Die Datei {path} kann nicht wiederhergestellt werden: Sie ist beschädigt oder kein Backtimer-Tagebuch ({detail}). Wählen Sie eine andere Sicherung; Ihr Tagebuch wurde nicht verändert.</translation>
        </message>
        <message>
            <source>the disk it is on is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}. Nothing was written there; check that the folder exists, is writable and has free space.</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}. Dort wurde nichts geschrieben; prüfen Sie, ob der Ordner existiert, beschreibbar ist und freien Platz hat.</translation>
        </message>
    </context>
    <context>
        <name>BlockForm</name>
        <message>
            <source>No sides</source>
            <translation>Ohne Seiten</translation>
        </message>
        <message>
            <source>Each side in turn (all left, then all right)</source>
            <translation>Jede Seite nacheinander (erst alles links, dann alles rechts)</translation>
        </message>
        <message>
            <source>Alternate left and right (counts per side)</source>
            <translation>Links und rechts im Wechsel (Zählung je Seite)</translation>
        </message>
        <message>
            <source>Change e&amp;xercise…</source>
            <translation>Übung &amp;wechseln …</translation>
        </message>
        <message>
            <source>Change exercise</source>
            <translation>Übung wechseln</translation>
        </message>
        <message>
            <source>Dosage mode</source>
            <translation>Art der Dosierung</translation>
        </message>
        <message>
            <source>Mode settings</source>
            <translation>Einstellungen der Art</translation>
        </message>
        <message>
            <source>Problem with reps per set</source>
            <translation>Problem bei den Wiederholungen pro Satz</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Problem with sides</source>
            <translation>Problem bei den Seiten</translation>
        </message>
        <message>
            <source>Routine default</source>
            <translation>Vorgabe der Routine</translation>
        </message>
        <message>
            <source>Exercise:</source>
            <translation>Übung:</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>S&amp;eiten:</translation>
        </message>
        <message>
            <source>Switch pause:</source>
            <translation>Pause zum Seitenwechsel:</translation>
        </message>
        <message>
            <source>Get ready:</source>
            <translation>Vorbereiten:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <source>Hol&amp;d each:</source>
            <translation>&amp;Halten je:</translation>
        </message>
        <message>
            <source>Rest between holds:</source>
            <translation>Pause zwischen den Haltephasen:</translation>
        </message>
        <message>
            <source>Rest between sets:</source>
            <translation>Pause zwischen den Sätzen:</translation>
        </message>
        <message>
            <source>Eac&amp;h rep takes:</source>
            <translation>&amp;Jede Wiederholung dauert:</translation>
        </message>
        <message>
            <source>Pace cue:</source>
            <translation>Takt-Hinweis:</translation>
        </message>
        <message>
            <source>Wor&amp;k:</source>
            <translation>&amp;Belastung:</translation>
        </message>
        <message>
            <source>Work label:</source>
            <translation>Bezeichnung der Belastung:</translation>
        </message>
        <message>
            <source>Rest:</source>
            <translation>Pause:</translation>
        </message>
        <message>
            <source>Rest label:</source>
            <translation>Bezeichnung der Pause:</translation>
        </message>
        <message>
            <source>Rou&amp;nds:</source>
            <translation>&amp;Runden:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Dauer:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <source>Time estimate:</source>
            <translation>Geschätzte Zeit:</translation>
        </message>
        <message>
            <source>Reps i&amp;n each set:</source>
            <translation>Wiederholungen &amp;pro Satz:</translation>
        </message>
        <message>
            <source>Set&amp;s:</source>
            <translation>&amp;Sätze:</translation>
        </message>
        <message>
            <source>optional, e.g. 5, 3, 1 (replaces reps and sets)</source>
            <translation>freiwillig, z. B. 5, 3, 1 (statt Wdh. × Sätze)</translation>
        </message>
        <message>
            <source>P&amp;yramid:</source>
            <translation>P&amp;yramide:</translation>
        </message>
        <message>
            <source>Add an exercise with Insert to set its dosage.</source>
            <translation>Fügen Sie mit Einfg eine Übung hinzu, um ihre Dosierung festzulegen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{exercise_name}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{exercise_name}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>CheckInFlows</name>
        <message>
            <source>Journal is read-only</source>
            <translation>Tagebuch ist schreibgeschützt</translation>
        </message>
        <message>
            <source>Pain scores cannot be saved right now.</source>
            <translation>Schmerzwerte können gerade nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Log pain now</source>
            <translation>Schmerz jetzt eintragen</translation>
        </message>
        <message>
            <source>Saved: pain {score}/10 at {time}.</source>
            <translation>Gespeichert: Schmerz {score}/10 um {time}.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Guten Morgen</translation>
        </message>
        <message>
            <source>How is your back this morning, after yesterday's workout?</source>
            <translation>Wie geht es Ihrem Rücken heute Morgen, nach dem gestrigen Training?</translation>
        </message>
        <message>
            <source>Pain after that workout</source>
            <translation>Schmerz nach diesem Training</translation>
        </message>
        <message>
            <source>A workout did not finish</source>
            <translation>Ein Training wurde nicht beendet</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;, started {started}, did not finish: Backtimer closed while it was running.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;, begonnen {started}, wurde nicht beendet: Backtimer wurde während des Trainings geschlossen.</translation>
        </message>
        <message>
            <source>No step had been completed yet.</source>
            <translation>Es war noch kein Schritt geschafft.</translation>
        </message>
        <message>
            <source>The step you completed is saved.</source>
            <translation>Der Schritt, den Sie geschafft haben, ist gespeichert.</translation>
        </message>
        <message>
            <source>The {steps} steps you completed are saved.</source>
            <translation>Die {steps} Schritte, die Sie geschafft haben, sind gespeichert.</translation>
        </message>
        <message>
            <source>dddd d MMMM 'at' HH:mm</source>
            <translation>dddd, d. MMMM 'um' HH:mm</translation>
        </message>
        <message>
            <source>Record pain and finish it</source>
            <translation>Schmerz eintragen und abschließen</translation>
        </message>
        <message>
            <source>Mark it interrupted</source>
            <translation>Als unterbrochen markieren</translation>
        </message>
    </context>
    <context>
        <name>CheckinDueCard</name>
        <message>
            <source>Weekly check-in</source>
            <translation>Wöchentlicher Check-in</translation>
        </message>
        <message>
            <source>Check in now</source>
            <translation>Jetzt Check-in machen</translation>
        </message>
        <message>
            <source>Not this week</source>
            <translation>Nicht diese Woche</translation>
        </message>
        <message>
            <source>How well can you do your activity this week? It takes under a minute.</source>
            <translation>Wie gut geht Ihre Aktivität diese Woche? Es dauert weniger als eine Minute.</translation>
        </message>
        <message>
            <source>How well can you do your {count} activities this week? It takes under a minute.</source>
            <translation>Wie gut gehen Ihre {count} Aktivitäten diese Woche? Es dauert weniger als eine Minute.</translation>
        </message>
        <message>
            <source>Pain is only part of the story. Name a few everyday things your back makes hard and rate them once a week to see what you can do again.</source>
            <translation>Schmerz ist nur ein Teil des Bildes. Nennen Sie ein paar alltägliche Dinge, die Ihnen der Rücken schwer macht, und bewerten Sie sie einmal pro Woche – so sehen Sie, was wieder geht.</translation>
        </message>
        <message>
            <source>Choose activities</source>
            <translation>Aktivitäten wählen</translation>
        </message>
    </context>
    <context>
        <name>CheckinImport</name>
        <message>
            <source>1 check-in rating</source>
            <translation>1 Check-in-Bewertung</translation>
        </message>
        <message>
            <source>{count} check-in ratings</source>
            <translation>{count} Check-in-Bewertungen</translation>
        </message>
        <message>
            <source>{ratings} and 1 activity</source>
            <translation>{ratings} und 1 Aktivität</translation>
        </message>
        <message>
            <source>{ratings} and {count} activities</source>
            <translation>{ratings} und {count} Aktivitäten</translation>
        </message>
        <message>
            <source>{path} is not a check-ins file exported by Backtimer (its header row should be {header}).</source>
            <translation>{path} ist keine von Backtimer exportierte Check-in-Datei (die Kopfzeile müsste {header} lauten).</translation>
        </message>
        <message>
            <source>{path}:{line}: {error}. Nothing from this file was imported.</source>
            <translation>{path}:{line}: {error}. Aus dieser Datei wurde nichts importiert.</translation>
        </message>
        <message>
            <source>it has a different number of cells than the header</source>
            <translation>die Zeile hat eine andere Anzahl Zellen als die Kopfzeile</translation>
        </message>
        <message>
            <source>day: expected a date like 2026-11-24, got {day_cell!r}</source>
            <translation>day: erwartet wird ein Datum wie 2026-11-24, gefunden: {day_cell!r}</translation>
        </message>
        <message>
            <source>score: expected a whole number 0–10, got {score_cell!r}</source>
            <translation>score: erwartet wird eine ganze Zahl von 0 bis 10, gefunden: {score_cell!r}</translation>
        </message>
        <message>
            <source>score: expected a whole number 0–10, got {score}</source>
            <translation>score: erwartet wird eine ganze Zahl von 0 bis 10, gefunden: {score}</translation>
        </message>
    </context>
    <context>
        <name>CliExchange</name>
        <message>
            <source>export the journal as CSV (sessions, or one row per step)</source>
            <translation>das Tagebuch als CSV exportieren (Einheiten oder eine Zeile pro Schritt)</translation>
        </message>
        <message>
            <source>Write the journal as CSV for a spreadsheet: UTF-8 with BOM, a header row, ISO 8601 local times, '.' decimals. Columns: docs/data-format.md.</source>
            <translation>Schreibt das Tagebuch als CSV für eine Tabellenkalkulation: UTF-8 mit BOM, eine Kopfzeile, Ortszeiten nach ISO 8601, Dezimalpunkt '.'. Spalten: docs/data-format.md.</translation>
        </message>
        <message>
            <source>the CSV file, or - for stdout, the default (control characters in notes shown as escapes)</source>
            <translation>die CSV-Datei, oder - für die Standardausgabe, die Vorgabe (Steuerzeichen in Notizen werden als Escape-Folgen gezeigt)</translation>
        </message>
        <message>
            <source>one row per step (and 'this hurts' report)</source>
            <translation>eine Zeile pro Schritt (und pro „Das tut weh“-Meldung)</translation>
        </message>
        <message>
            <source>one row per weekly activity rating: day, activity, score, note</source>
            <translation>eine Zeile pro wöchentlicher Aktivitätsbewertung: Tag, Aktivität, Wert, Notiz</translation>
        </message>
        <message>
            <source>import CSV files this app exported (new laptop, recovery)</source>
            <translation>CSV-Dateien importieren, die diese App exportiert hat (neuer Rechner, Wiederherstellung)</translation>
        </message>
        <message>
            <source>Add the contents of exported CSV files to the journal. Sessions files are read before steps files; check-ins files are recognised by their header; rows already in the journal are skipped. Rows with bad values are refused and counted by reason (exit status 1; the other rows are imported); a file that is not an export is refused whole (exit status 2).</source>
            <translation>Fügt den Inhalt exportierter CSV-Dateien dem Tagebuch hinzu. Einheiten-Dateien werden vor Schritt-Dateien gelesen; Check-in-Dateien werden an ihrer Kopfzeile erkannt; Zeilen, die schon im Tagebuch stehen, werden übersprungen. Zeilen mit ungültigen Werten werden abgelehnt und nach Grund gezählt (Exit-Status 1; die übrigen Zeilen werden importiert); eine Datei, die kein Export ist, wird ganz abgelehnt (Exit-Status 2).</translation>
        </message>
        <message>
            <source>write a one- or two-page PDF summary for your physiotherapist</source>
            <translation>eine ein- bis zweiseitige PDF-Zusammenfassung für Ihre Physiotherapeutin oder Ihren Physiotherapeuten schreiben</translation>
        </message>
        <message>
            <source>Pain chart, trend reading, adherence, routines, 'this hurts' reports and notes. Default range: the last {weeks} weeks.</source>
            <translation>Schmerzverlauf, Trendauswertung, Regelmäßigkeit, Routinen, „Das tut weh“-Meldungen und Notizen. Vorgabezeitraum: die letzten {weeks} Wochen.</translation>
        </message>
        <message>
            <source>the PDF to write (default: backtimer-report-LAST-DAY.pdf in this folder)</source>
            <translation>die zu schreibende PDF-Datei (Vorgabe: backtimer-report-LETZTER-TAG.pdf in diesem Ordner)</translation>
        </message>
        <message>
            <source>expected a date like 2026-11-24, got {text}</source>
            <translation>erwartet wird ein Datum wie 2026-11-24, gefunden: {text}</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}.</source>
            <translation>--from {first} liegt nach --to {last}.</translation>
        </message>
        <message>
            <source>Wrote 1 row to {file}</source>
            <translation>1 Zeile in {file} geschrieben</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {file}</source>
            <translation>{count} Zeilen in {file} geschrieben</translation>
        </message>
        <message>
            <source>The report covers {first} to {last}, the days the journal can speak for.</source>
            <translation>Der Bericht umfasst {first} bis {last}, die Tage, für die das Tagebuch Einträge haben kann.</translation>
        </message>
        <message>
            <source>Wrote {file} (1 page)</source>
            <translation>{file} geschrieben (1 Seite)</translation>
        </message>
        <message>
            <source>Wrote {file} ({count} pages)</source>
            <translation>{file} geschrieben ({count} Seiten)</translation>
        </message>
    </context>
    <context>
        <name>CliJournal</name>
        <message>
            <source>copy the journal into the backups folder (or to FILE)</source>
            <translation>das Tagebuch in den Sicherungsordner kopieren (oder nach FILE)</translation>
        </message>
        <message>
            <source>Copy the journal safely, even while Backtimer is running. Without --output the copy goes to backups/journal-YYYY-MM-DD.sqlite3 in the data folder (one per day; the last {count} are kept).</source>
            <translation>Kopiert das Tagebuch sicher, auch während Backtimer läuft. Ohne --output landet die Kopie als backups/journal-JJJJ-MM-TT.sqlite3 im Datenordner (eine pro Tag; die letzten {count} werden aufbewahrt).</translation>
        </message>
        <message>
            <source>write the copy to FILE (must not exist)</source>
            <translation>die Kopie nach FILE schreiben (darf noch nicht existieren)</translation>
        </message>
        <message>
            <source>replace the journal with a backup (the current one is kept aside)</source>
            <translation>das Tagebuch durch eine Sicherung ersetzen (das aktuelle wird beiseitegelegt)</translation>
        </message>
        <message>
            <source>Check FILE is a sound Backtimer journal, keep the current journal aside under a dated name, then put FILE in its place. Close Backtimer first.</source>
            <translation>Prüft, ob FILE ein intaktes Backtimer-Tagebuch ist, legt das aktuelle Tagebuch unter einem Namen mit Datum beiseite und setzt dann FILE an seine Stelle. Schließen Sie Backtimer vorher.</translation>
        </message>
        <message>
            <source>a backup to restore</source>
            <translation>eine Sicherung zum Wiederherstellen</translation>
        </message>
        <message>
            <source>look after the journal file</source>
            <translation>die Tagebuchdatei pflegen</translation>
        </message>
        <message>
            <source>Commands that look after the journal file.</source>
            <translation>Befehle zur Pflege der Tagebuchdatei.</translation>
        </message>
        <message>
            <source>check the journal's integrity and count what it holds</source>
            <translation>die Unversehrtheit des Tagebuchs prüfen und seinen Inhalt zählen</translation>
        </message>
        <message>
            <source>Run SQLite's full integrity check on the journal (read-only, nothing is changed) and count its sessions, steps and pain scores.</source>
            <translation>Führt die vollständige Integritätsprüfung von SQLite für das Tagebuch aus (nur lesend, nichts wird verändert) und zählt Einheiten, Schritte und Schmerzwerte.</translation>
        </message>
        <message>
            <source>{file} already exists; choose a new file name so nothing is overwritten.</source>
            <translation>{file} existiert bereits; wählen Sie einen neuen Dateinamen, damit nichts überschrieben wird.</translation>
        </message>
        <message>
            <source>Backed up the journal to {file}</source>
            <translation>Das Tagebuch wurde nach {file} gesichert</translation>
        </message>
        <message>
            <source>Restored the journal from {file} (schema v{version}).</source>
            <translation>Das Tagebuch wurde aus {file} wiederhergestellt (Schema v{version}).</translation>
        </message>
        <message>
            <source>The previous journal was kept as {file}</source>
            <translation>Das bisherige Tagebuch wurde als {file} aufbewahrt</translation>
        </message>
        <message>
            <source>There is no journal at {file} yet: nothing has been recorded.</source>
            <translation>Unter {file} gibt es noch kein Tagebuch: Es wurde noch nichts eingetragen.</translation>
        </message>
        <message>
            <source>Journal: {file} ({size} KiB)</source>
            <translation>Tagebuch: {file} ({size} KiB)</translation>
        </message>
        <message>
            <source>Empty: nothing has been recorded in this journal yet.</source>
            <translation>Leer: In diesem Tagebuch wurde noch nichts eingetragen.</translation>
        </message>
        <message>
            <source>Schema: v{version} (newer than this Backtimer understands)</source>
            <translation>Schema: v{version} (neuer, als dieser Backtimer versteht)</translation>
        </message>
        <message>
            <source>Schema: v{version}</source>
            <translation>Schema: v{version}</translation>
        </message>
        <message>
            <source>The journal {file} failed the integrity check: {problems}. Restore a backup with: backtimer restore FILE</source>
            <translation>Das Tagebuch {file} hat die Integritätsprüfung nicht bestanden: {problems}. Stellen Sie eine Sicherung wieder her mit: backtimer restore FILE</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integrität: in Ordnung</translation>
        </message>
        <message>
            <source>{file} is an SQLite file but not a Backtimer journal.</source>
            <translation>{file} ist eine SQLite-Datei, aber kein Backtimer-Tagebuch.</translation>
        </message>
        <message>
            <source>Sessions: {count} ({binned} in the bin)</source>
            <translation>Einheiten: {count} ({binned} im Papierkorb)</translation>
        </message>
        <message>
            <source>Steps: {count}</source>
            <translation>Schritte: {count}</translation>
        </message>
        <message>
            <source>Pain scores: {count}</source>
            <translation>Schmerzwerte: {count}</translation>
        </message>
        <message>
            <source>"This hurts" reports: {count}</source>
            <translation>„Das tut weh“-Meldungen: {count}</translation>
        </message>
        <message>
            <source>Flare days: {count}</source>
            <translation>Schubtage: {count}</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}.</source>
            <translation>{file} kann nicht geschrieben werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>CliRoutines</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>TITEL</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>KATEGORIE</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>STUFE</translation>
        </message>
        <message>
            <source>DURATION</source>
            <translation>DAUER</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>QUELLE</translation>
        </message>
        <message>
            <source>list, check or show exercise routines</source>
            <translation>Übungsroutinen auflisten, prüfen oder anzeigen</translation>
        </message>
        <message>
            <source>List the routines, check routine files you wrote, or show one routine.</source>
            <translation>Listet die Routinen auf, prüft selbst geschriebene Routinedateien oder zeigt eine Routine.</translation>
        </message>
        <message>
            <source>list every routine with its total time</source>
            <translation>alle Routinen mit ihrer Gesamtdauer auflisten</translation>
        </message>
        <message>
            <source>List bundled routines and those in your routines folder. Problems with your files are printed as warnings on stderr.</source>
            <translation>Listet die mitgelieferten Routinen und die in Ihrem Routinenordner auf. Probleme mit Ihren Dateien erscheinen als Warnungen auf der Standardfehlerausgabe.</translation>
        </message>
        <message>
            <source>print JSON instead of a table (keys, categories and levels in English; titles as the table shows them)</source>
            <translation>JSON statt einer Tabelle ausgeben (Schlüssel, Kategorien und Stufen auf Englisch; Titel wie in der Tabelle)</translation>
        </message>
        <message>
            <source>check routine files for mistakes</source>
            <translation>Routinedateien auf Fehler prüfen</translation>
        </message>
        <message>
            <source>Check routine files against the format and the bundled library. Give files that use each other's exercises together. Prints one FILE:LINE: field: message line per problem; exit status 1 if there are any.</source>
            <translation>Prüft Routinedateien gegen das Format und die mitgelieferte Bibliothek. Geben Sie Dateien, die Übungen voneinander nutzen, gemeinsam an. Gibt pro Problem eine Zeile DATEI:ZEILE: Feld: Meldung aus; Exit-Status 1, wenn es welche gibt.</translation>
        </message>
        <message>
            <source>a .toml file</source>
            <translation>eine .toml-Datei</translation>
        </message>
        <message>
            <source>show one routine's exercises and dosage</source>
            <translation>die Übungen und die Dosierung einer Routine zeigen</translation>
        </message>
        <message>
            <source>Show a routine's blocks in plain words (ids: backtimer routines list).</source>
            <translation>Zeigt die Blöcke einer Routine in einfachen Worten (IDs: backtimer routines list).</translation>
        </message>
        <message>
            <source>{path}: skipped because of 1 problem:</source>
            <translation>{path}: wegen 1 Problems übersprungen:</translation>
        </message>
        <message>
            <source>{path}: skipped because of {count} problems:</source>
            <translation>{path}: wegen {count} Problemen übersprungen:</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>{problems} problem(s) in {files} of {total} file(s)</source>
            <translation>{problems} Problem(e) in {files} von {total} Datei(en)</translation>
        </message>
        <message>
            <source>1 file OK</source>
            <translation>1 Datei in Ordnung</translation>
        </message>
        <message>
            <source>{count} files OK</source>
            <translation>{count} Dateien in Ordnung</translation>
        </message>
        <message>
            <source>no routine {routine}{hint} See `backtimer routines list` for the ids.</source>
            <translation>keine Routine {routine}{hint} Die IDs zeigt `backtimer routines list`.</translation>
        </message>
        <message>
            <source>about {duration}</source>
            <translation>etwa {duration}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Guided exercise timer and pain journal for people living with back pain. Without a command, opens the app.</source>
            <translation>Angeleiteter Übungstimer und Schmerztagebuch für Menschen mit Rückenschmerzen. Ohne Befehl öffnet sich die App.</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>die Versionsnummer zeigen und beenden</translation>
        </message>
        <message>
            <source>use DIR for the journal, backups and your routines (also: {variable})</source>
            <translation>DIR für das Tagebuch, die Sicherungen und Ihre Routinen verwenden (auch: {variable})</translation>
        </message>
        <message>
            <source>use a throwaway folder holding six months of example data (your own data and settings are not touched); works with any command and with the app</source>
            <translation>einen Wegwerf-Ordner mit sechs Monaten Beispieldaten verwenden (Ihre eigenen Daten und Einstellungen bleiben unberührt); funktioniert mit jedem Befehl und mit der App</translation>
        </message>
        <message>
            <source>open the app and start a routine straight away</source>
            <translation>die App öffnen und sofort eine Routine starten</translation>
        </message>
        <message>
            <source>Open the app with the player ready for ROUTINE_ID (for desktop shortcuts).</source>
            <translation>Öffnet die App mit dem Player bereit für ROUTINE_ID (für Desktop-Verknüpfungen).</translation>
        </message>
        <message>
            <source>see: backtimer routines list</source>
            <translation>siehe: backtimer routines list</translation>
        </message>
        <message>
            <source>The data folder {folder} is a file, not a folder. Move the file away, or choose another folder with --data-dir or {variable}.</source>
            <translation>Der Datenordner {folder} ist eine Datei, kein Ordner. Verschieben Sie die Datei oder wählen Sie mit --data-dir oder {variable} einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The journal {journal} is a link to {target}, which is not there (a disk that is not mounted?). Nothing was read or written.</source>
            <translation>Das Tagebuch {journal} ist ein Verweis auf {target}, das nicht vorhanden ist (ein nicht eingehängter Datenträger?). Es wurde nichts gelesen oder geschrieben.</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>{program}: error: {message}</source>
            <translation>{program}: Fehler: {message}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Sorry, something went wrong</source>
            <translation>Entschuldigung, da ist etwas schiefgegangen</translation>
        </message>
        <message>
            <source>Backtimer ran into a problem it did not expect. It was not caused by anything you did.</source>
            <translation>Backtimer ist auf ein unerwartetes Problem gestoßen. Es liegt nicht an etwas, das Sie getan haben.</translation>
        </message>
        <message>
            <source>Your journal is safe: every completed step is saved as it happens. You can carry on; if something looks wrong, restart Backtimer.

The details are in {log_file}. If this happens again, please send that file to the Backtimer developers.</source>
            <translation>Ihr Tagebuch ist sicher: Jeder abgeschlossene Schritt wird sofort gespeichert. Sie können weitermachen; wenn etwas falsch aussieht, starten Sie Backtimer neu.

Die Einzelheiten stehen in {log_file}. Wenn das wieder passiert, schicken Sie diese Datei bitte an die Entwickler von Backtimer.</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>CsvImport</name>
        <message>
            <source>{file}: added {added}</source>
            <translation>{file}: hinzugefügt: {added}</translation>
        </message>
        <message>
            <source>; {count} already in the journal, skipped</source>
            <translation>; {count} schon im Tagebuch, übersprungen</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nichts Neues</translation>
        </message>
        <message>
            <source>; refused 1 row: {reasons}</source>
            <translation>; 1 Zeile abgelehnt: {reasons}</translation>
        </message>
        <message>
            <source>; refused {count} rows: {reasons}</source>
            <translation>; {count} Zeilen abgelehnt: {reasons}</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Einheit</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} Einheiten</translation>
        </message>
        <message>
            <source>1 pain score</source>
            <translation>1 Schmerzwert</translation>
        </message>
        <message>
            <source>{count} pain scores</source>
            <translation>{count} Schmerzwerte</translation>
        </message>
        <message>
            <source>1 flare day</source>
            <translation>1 Schubtag</translation>
        </message>
        <message>
            <source>{count} flare days</source>
            <translation>{count} Schubtage</translation>
        </message>
        <message>
            <source>1 step</source>
            <translation>1 Schritt</translation>
        </message>
        <message>
            <source>{count} steps</source>
            <translation>{count} Schritte</translation>
        </message>
        <message>
            <source>1 'this hurts' report</source>
            <translation>1 „Das tut weh“-Meldung</translation>
        </message>
        <message>
            <source>{count} 'this hurts' reports</source>
            <translation>{count} „Das tut weh“-Meldungen</translation>
        </message>
        <message>
            <source>lines {lines} and {more} more</source>
            <translation>Zeilen {lines} und {more} weitere</translation>
        </message>
        <message>
            <source>lines {lines}</source>
            <translation>Zeilen {lines}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>{path} is a folder, so it was not read. Import a CSV file.</source>
            <translation>{path} ist ein Ordner und wurde daher nicht gelesen. Importieren Sie eine CSV-Datei.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a pipe or device), so it was not read. Import a CSV file.</source>
            <translation>{path} ist keine gewöhnliche Datei (eine Pipe oder ein Gerät) und wurde daher nicht gelesen. Importieren Sie eine CSV-Datei.</translation>
        </message>
        <message>
            <source>{path} is not a regular file, so it was not read.</source>
            <translation>{path} ist keine gewöhnliche Datei und wurde daher nicht gelesen.</translation>
        </message>
        <message>
            <source>{path} is not a CSV exported by Backtimer (its header row is different). Import a file made with File → Export or `backtimer export`.</source>
            <translation>{path} ist keine von Backtimer exportierte CSV-Datei (die Kopfzeile ist anders). Importieren Sie eine Datei, die mit Datei → Exportieren oder `backtimer export` erstellt wurde.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text, so it is not a Backtimer export.</source>
            <translation>{path} ist kein UTF-8-Text und daher kein Backtimer-Export.</translation>
        </message>
        <message>
            <source>{path} is not a readable CSV file: {error}.</source>
            <translation>{path} ist keine lesbare CSV-Datei: {error}.</translation>
        </message>
        <message>
            <source>row: has a different number of cells than the header</source>
            <translation>row: hat eine andere Anzahl Zellen als die Kopfzeile</translation>
        </message>
        <message>
            <source>{problem} Nothing from {file} was imported.</source>
            <translation>{problem} Aus {file} wurde nichts importiert.</translation>
        </message>
        <message>
            <source>must be session, pain or flare_day</source>
            <translation>muss session, pain oder flare_day sein</translation>
        </message>
        <message>
            <source>must be the same moment as uid</source>
            <translation>muss derselbe Zeitpunkt wie uid sein</translation>
        </message>
        <message>
            <source>must be the day of local_time</source>
            <translation>muss der Tag von local_time sein</translation>
        </message>
        <message>
            <source>must not be before local_time</source>
            <translation>darf nicht vor local_time liegen</translation>
        </message>
        <message>
            <source>must be step or this_hurts</source>
            <translation>muss step oder this_hurts sein</translation>
        </message>
        <message>
            <source>the session is not in the journal; import the sessions export of the same period first</source>
            <translation>die Einheit steht nicht im Tagebuch; importieren Sie zuerst den Einheiten-Export desselben Zeitraums</translation>
        </message>
        <message>
            <source>must be left, right or empty</source>
            <translation>muss left, right oder leer sein</translation>
        </message>
        <message>
            <source>must be empty, or leg, nerve, urgent joined by ; (like leg;nerve)</source>
            <translation>muss leer sein oder leg, nerve, urgent, verbunden durch ; (etwa leg;nerve)</translation>
        </message>
        <message>
            <source>must be 0, 1 or empty</source>
            <translation>muss 0, 1 oder leer sein</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must not contain NUL characters</source>
            <translation>darf keine NUL-Zeichen enthalten</translation>
        </message>
        <message>
            <source>must not contain control characters or line breaks</source>
            <translation>darf keine Steuerzeichen oder Zeilenumbrüche enthalten</translation>
        </message>
        <message>
            <source>must be an id of lowercase letters, digits and _ (starting with a letter)</source>
            <translation>muss eine ID aus Kleinbuchstaben, Ziffern und _ sein (beginnend mit einem Buchstaben)</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to {highest}</source>
            <translation>muss eine ganze Zahl von 0 bis {highest} sein</translation>
        </message>
        <message>
            <source>must be a number from 0 to {highest:g}, like 12.5</source>
            <translation>muss eine Zahl von 0 bis {highest:g} sein, etwa 12.5 (mit Punkt)</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to 10</source>
            <translation>muss eine ganze Zahl von 0 bis 10 sein</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>muss eines davon sein: {choices}</translation>
        </message>
        <message>
            <source>must be a date like 2026-11-24, from {first} to {last}</source>
            <translation>muss ein Datum wie 2026-11-24 sein, von {first} bis {last}</translation>
        </message>
        <message>
            <source>must be a UTC time like 2026-11-24T07:57:10.123Z, from {first} to {last}</source>
            <translation>muss eine UTC-Zeit wie 2026-11-24T07:57:10.123Z sein, von {first} bis {last}</translation>
        </message>
        <message>
            <source>must be a local time with its offset like 2026-11-24T08:57:10+01:00, from {first} to {last}</source>
            <translation>muss eine Ortszeit mit Zeitverschiebung wie 2026-11-24T08:57:10+01:00 sein, von {first} bis {last}</translation>
        </message>
        <message>
            <source>must be a local time like 2026-11-24T08:57:10+01:00</source>
            <translation>muss eine Ortszeit wie 2026-11-24T08:57:10+01:00 sein</translation>
        </message>
    </context>
    <context>
        <name>CuePlayer</name>
        <message>
            <source>the speech module could not be loaded ({error})</source>
            <translation>das Sprachmodul konnte nicht geladen werden ({error})</translation>
        </message>
        <message>
            <source>the speech engine "{engine}" is not installed</source>
            <translation>die Sprachausgabe „{engine}“ ist nicht installiert</translation>
        </message>
        <message>
            <source>the speech engine did not respond within {seconds} seconds</source>
            <translation>die Sprachausgabe hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
        </message>
        <message>
            <source>the speech engine could not be tried ({error})</source>
            <translation>die Sprachausgabe konnte nicht ausprobiert werden ({error})</translation>
        </message>
        <message>
            <source>the speech engine crashed while starting</source>
            <translation>die Sprachausgabe ist beim Start abgestürzt</translation>
        </message>
        <message>
            <source>Sounds are off because the audio library could not be loaded ({error}).</source>
            <translation>Töne sind aus, weil die Audio-Bibliothek nicht geladen werden konnte ({error}).</translation>
        </message>
        <message>
            <source>Sounds are off because no audio output device was found.</source>
            <translation>Töne sind aus, weil kein Audio-Ausgabegerät gefunden wurde.</translation>
        </message>
        <message>
            <source>the speech engine failed ({error})</source>
            <translation>die Sprachausgabe ist ausgefallen ({error})</translation>
        </message>
        <message>
            <source>the speech engine could not start ({error})</source>
            <translation>die Sprachausgabe konnte nicht starten ({error})</translation>
        </message>
        <message>
            <source>Voice cues are off because {reason}.</source>
            <translation>Die Sprachhinweise sind aus, weil {reason}.</translation>
        </message>
    </context>
    <context>
        <name>DataFolder</name>
        <message>
            <source>Cannot create the data folder {folder}: {reason}. Choose another folder with --data-dir or {variable}.</source>
            <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}. Wählen Sie mit --data-dir oder {variable} einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The data folder {folder} is not writable. Check its permissions, or choose another folder with --data-dir or {variable}.</source>
            <translation>In den Datenordner {folder} kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen oder wählen Sie mit --data-dir oder {variable} einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name inside it instead</source>
            <translation>{path} ist ein Ordner; geben Sie stattdessen einen Dateinamen darin an</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device, pipe or socket), so nothing was written to it; choose a file name instead</source>
            <translation>{path} ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket), daher wurde nichts hineingeschrieben; wählen Sie stattdessen einen Dateinamen</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern (d = day, MMMM = month name, yyyy = year, 'text' = literal text). German "d. MMMM yyyy" (a no-break space after "d."), Spanish "d 'de' MMMM 'de' yyyy".</extracomment>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern (ddd = short weekday, d = day, MMM = short month name, yyyy = year). German "ddd, d. MMM yyyy".</extracomment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern for a date field (d = day, MMM = short month name, yyyy = year). German "d. MMM yyyy".</extracomment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern for a chart's day ticks (d = day, MMM = short month name). German "d. MMM".</extracomment>
            <translation>d. MMM</translation>
        </message>
    </context>
    <context>
        <name>DayText</name>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>unterbrochen</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>{day} · flare-up day</source>
            <translation>{day} · Schubtag</translation>
        </message>
        <message>
            <source>Other rating: {scores}</source>
            <translation>Weitere Bewertung: {scores}</translation>
        </message>
        <message>
            <source>Other ratings: {scores}</source>
            <translation>Weitere Bewertungen: {scores}</translation>
        </message>
        <message>
            <source>“This hurts”{times}: {exercises}</source>
            <translation>„Das tut weh“{times}: {exercises}</translation>
        </message>
        <message>
            <source>Day average: {mean} ({count} ratings)</source>
            <translation>Tagesdurchschnitt: {mean} ({count} Bewertungen)</translation>
        </message>
        <message>
            <source>7-day average: {mean}</source>
            <translation>7-Tage-Durchschnitt: {mean}</translation>
        </message>
        <message>
            <source>No sessions or ratings</source>
            <translation>Keine Einheiten oder Bewertungen</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>{session}: pain {before} → {after}</source>
            <translation>{session}: Schmerz {before} → {after}</translation>
        </message>
        <message>
            <source>{session}: pain before {before}</source>
            <translation>{session}: Schmerz vorher {before}</translation>
        </message>
        <message>
            <source>{session}: pain after {after}</source>
            <translation>{session}: Schmerz nachher {after}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Lifted a heavy box</source>
            <translation>Eine schwere Kiste gehoben</translation>
        </message>
        <message>
            <source>Putting on socks</source>
            <translation>Socken anziehen</translation>
        </message>
        <message>
            <source>Gardening for 30 minutes</source>
            <translation>30 Minuten Gartenarbeit</translation>
        </message>
        <message>
            <source>Sitting through a film</source>
            <translation>Einen ganzen Film lang sitzen</translation>
        </message>
        <message>
            <source>Carrying the shopping home</source>
            <translation>Den Einkauf nach Hause tragen</translation>
        </message>
        <message>
            <source>Back seized up bending down</source>
            <translation>Beim Bücken hat der Rücken blockiert</translation>
        </message>
    </context>
    <context>
        <name>ExerciseBrowser</name>
        <message>
            <source>Search exercises</source>
            <translation>Übungen suchen</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Jede Kategorie</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Any position</source>
            <translation>Jede Position</translation>
        </message>
        <message>
            <source>Lying on your back</source>
            <translation>In Rückenlage</translation>
        </message>
        <message>
            <source>Lying on your front</source>
            <translation>In Bauchlage</translation>
        </message>
        <message>
            <source>Lying on your side</source>
            <translation>In Seitenlage</translation>
        </message>
        <message>
            <source>On all fours</source>
            <translation>Im Vierfüßlerstand</translation>
        </message>
        <message>
            <source>Kneeling</source>
            <translation>Kniend</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Sitzend</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Stehend</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Stuhl</translation>
        </message>
        <message>
            <source>Mat</source>
            <translation>Matte</translation>
        </message>
        <message>
            <source>Wall</source>
            <translation>Wand</translation>
        </message>
        <message>
            <source>Ball</source>
            <translation>Ball</translation>
        </message>
        <message>
            <source>Foam roller</source>
            <translation>Faszienrolle</translation>
        </message>
        <message>
            <source>Cushion</source>
            <translation>Kissen</translation>
        </message>
        <message>
            <source>Strap</source>
            <translation>Gurt</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Treppenstufe</translation>
        </message>
        <message>
            <source>Shoes</source>
            <translation>Schuhe</translation>
        </message>
        <message>
            <source>Exercise bike</source>
            <translation>Heimtrainer</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Schwimmbad</translation>
        </message>
        <message>
            <source>Body position</source>
            <translation>Körperposition</translation>
        </message>
        <message>
            <source>Any equipment</source>
            <translation>Jede Ausrüstung</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Ausrüstung</translation>
        </message>
        <message>
            <source>No equipment</source>
            <translation>Ohne Ausrüstung</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Exercises found</source>
            <translation>Gefundene Übungen</translation>
        </message>
        <message>
            <source>Exercise illustration</source>
            <translation>Abbildung der Übung</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>Details der Übung</translation>
        </message>
        <message>
            <source>Tr&amp;y this exercise</source>
            <translation>Übung &amp;ausprobieren</translation>
        </message>
        <message>
            <source>Add to a routi&amp;ne…</source>
            <translation>Zu einer &amp;Routine hinzufügen …</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht es</translation>
        </message>
        <message>
            <source>Keep in mind:</source>
            <translation>Denken Sie daran:</translation>
        </message>
        <message>
            <source>Watch out for:</source>
            <translation>Vermeiden Sie:</translation>
        </message>
        <message>
            <source>Stop if:</source>
            <translation>Aufhören, wenn:</translation>
        </message>
        <message>
            <source>nothing special</source>
            <translation>nichts Besonderes</translation>
        </message>
        <message>
            <source>You will need:</source>
            <translation>Sie brauchen:</translation>
        </message>
        <message>
            <source>Gentler</source>
            <translation>Sanfter</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Anspruchsvoller</translation>
        </message>
        <message>
            <source>In your routines:</source>
            <translation>In Ihren Routinen:</translation>
        </message>
        <message>
            <source>Your own exercise, from {path}</source>
            <translation>Ihre eigene Übung, aus {path}</translation>
        </message>
        <message>
            <source>A new routine</source>
            <translation>Eine neue Routine</translation>
        </message>
        <message>
            <source>Add to a routine</source>
            <translation>Zu einer Routine hinzufügen</translation>
        </message>
        <message>
            <source>Add “{name}” to:</source>
            <translation>„{name}“ hinzufügen zu:</translation>
        </message>
        <message>
            <source>Run this exercise on its own in the player</source>
            <translation>Diese Übung einzeln im Player ausführen</translation>
        </message>
        <message>
            <source>No exercises match — try fewer words or clear a filter</source>
            <translation>Keine passenden Übungen – versuchen Sie weniger Wörter oder entfernen Sie einen Filter</translation>
        </message>
        <message>
            <source>{shown} of {total} exercises</source>
            <translation>{shown} von {total} Übungen</translation>
        </message>
        <message>
            <source>No exercise selected</source>
            <translation>Keine Übung ausgewählt</translation>
        </message>
        <message>
            <source>Pick an exercise on the left.</source>
            <translation>Wählen Sie links eine Übung aus.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseFormDialog</name>
        <message>
            <source>New exercise</source>
            <translation>Neue Übung</translation>
        </message>
        <message>
            <source>Exercise name</source>
            <translation>Name der Übung</translation>
        </message>
        <message>
            <source>Exercise category</source>
            <translation>Kategorie der Übung</translation>
        </message>
        <message>
            <source>Exercise level</source>
            <translation>Stufe der Übung</translation>
        </message>
        <message>
            <source>Steps, one per line</source>
            <translation>Schritte, einer pro Zeile</translation>
        </message>
        <message>
            <source>Cues, one per line</source>
            <translation>Hinweise, einer pro Zeile</translation>
        </message>
        <message>
            <source>Common mistakes, one per line</source>
            <translation>Häufige Fehler, einer pro Zeile</translation>
        </message>
        <message>
            <source>Stop if</source>
            <translation>Aufhören, wenn</translation>
        </message>
        <message>
            <source>e.g. Pain that spreads down a leg, or sharpens.</source>
            <translation>z. B. Schmerz, der ins Bein ausstrahlt oder stechend wird.</translation>
        </message>
        <message>
            <source>Picture file (optional)</source>
            <translation>Bilddatei (freiwillig)</translation>
        </message>
        <message>
            <source>optional: an .svg or .png file</source>
            <translation>freiwillig: eine .svg- oder .png-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <source>Choose a picture file</source>
            <translation>Bilddatei wählen</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>Problem beim Namen</translation>
        </message>
        <message>
            <source>Problem with the steps</source>
            <translation>Problem bei den Schritten</translation>
        </message>
        <message>
            <source>Problem with stop if</source>
            <translation>Problem bei „Aufhören, wenn“</translation>
        </message>
        <message>
            <source>Problem with the picture</source>
            <translation>Problem beim Bild</translation>
        </message>
        <message>
            <source>Why the exercise was not saved</source>
            <translation>Warum die Übung nicht gespeichert wurde</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Stufe:</translation>
        </message>
        <message>
            <source>S&amp;teps ({MIN_STEPS}–{MAX_STEPS}):</source>
            <translation>Sch&amp;ritte ({MIN_STEPS}–{MAX_STEPS}):</translation>
        </message>
        <message>
            <source>C&amp;ues:</source>
            <translation>&amp;Hinweise:</translation>
        </message>
        <message>
            <source>&amp;Mistakes:</source>
            <translation>&amp;Fehler:</translation>
        </message>
        <message>
            <source>Sto&amp;p if:</source>
            <translation>&amp;Aufhören, wenn:</translation>
        </message>
        <message>
            <source>P&amp;icture:</source>
            <translation>&amp;Bild:</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>eine pro Zeile</translation>
        </message>
        <message>
            <source>Give the exercise a name.</source>
            <translation>Geben Sie der Übung einen Namen.</translation>
        </message>
        <message>
            <source>Say when to stop, e.g. pain that sharpens.</source>
            <translation>Geben Sie an, wann man aufhören sollte, z. B. bei stechendem Schmerz.</translation>
        </message>
    </context>
    <context>
        <name>ExercisePickerDialog</name>
        <message>
            <source> · yours</source>
            <translation> · eigene</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Übungen suchen</translation>
        </message>
        <message>
            <source>Matching exercises</source>
            <translation>Passende Übungen</translation>
        </message>
        <message>
            <source>&amp;New exercise…</source>
            <translation>&amp;Neue Übung …</translation>
        </message>
        <message>
            <source>New custom exercise</source>
            <translation>Neue eigene Übung</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>1 exercise</source>
            <translation>1 Übung</translation>
        </message>
        <message>
            <source>{shown} exercises</source>
            <translation>{shown} Übungen</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cannot write {path} in the folder {folder}: {reason}. Choose a folder you can write to (for example your Documents folder).</source>
            <translation>{path} kann im Ordner {folder} nicht geschrieben werden: {reason}. Wählen Sie einen Ordner, in den Sie schreiben dürfen (zum Beispiel Ihren Dokumente-Ordner).</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}. Nothing was written; check the disk space and the name, or choose another folder.</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}. Es wurde nichts geschrieben; prüfen Sie den freien Speicherplatz und den Namen oder wählen Sie einen anderen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Sessions, one row each (CSV)</source>
            <translation>Einheiten, je eine Zeile (CSV)</translation>
        </message>
        <message>
            <source>Steps, one row each (CSV)</source>
            <translation>Schritte, je eine Zeile (CSV)</translation>
        </message>
        <message>
            <source>Report for your physiotherapist (PDF)</source>
            <translation>Bericht für Ihre Physiotherapie (PDF)</translation>
        </message>
        <message>
            <source>Saved a {pages}-page report to {destination}.</source>
            <translation>Bericht mit {pages} Seiten gespeichert unter {destination}.</translation>
        </message>
        <message>
            <source>Saved 1 row to {destination}.</source>
            <translation>1 Zeile gespeichert unter {destination}.</translation>
        </message>
        <message>
            <source>Saved {rows} rows to {destination}.</source>
            <translation>{rows} Zeilen gespeichert unter {destination}.</translation>
        </message>
        <message>
            <source>The export failed unexpectedly: {error}</source>
            <translation>Der Export ist unerwartet fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>Tagebuch exportieren</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Was exportiert wird</translation>
        </message>
        <message>
            <source>Whole journal</source>
            <translation>Ganzes Tagebuch</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>The file to write</source>
            <translation>Die Datei, die geschrieben wird</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen …</translation>
        </message>
        <message>
            <source>Choose the file to save as</source>
            <translation>Datei zum Speichern wählen</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Speichern unter</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Save export as</source>
            <translation>Export speichern unter</translation>
        </message>
        <message>
            <source>The 'From' day is after the 'To' day.</source>
            <translation>Der „Von“-Tag liegt nach dem „Bis“-Tag.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export läuft …</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen …</translation>
        </message>
    </context>
    <context>
        <name>FlareDialog</name>
        <message>
            <source>Flares are common and usually settle within days to a couple of weeks. A flare does not usually mean new damage.</source>
            <translation>Schmerzschübe sind häufig und klingen meist innerhalb von Tagen bis wenigen Wochen ab. Ein Schub bedeutet in der Regel keine neue Schädigung.</translation>
        </message>
        <message>
            <source>Keep moving gently: the {routine} routine once or twice a day, short walks (3–5 minutes several times a day), and change position often.</source>
            <translation>Bleiben Sie sanft in Bewegung: die Routine „{routine}“ ein- oder zweimal am Tag, kurze Spaziergänge (3–5 Minuten, mehrmals täglich) und oft die Position wechseln.</translation>
        </message>
        <message>
            <source>Drop strength routines to about half your usual amount, or skip them for a few days; build back up over 1–2 weeks.</source>
            <translation>Reduzieren Sie Kräftigungsroutinen auf etwa die Hälfte oder lassen Sie sie ein paar Tage aus; steigern Sie dann über 1–2 Wochen wieder.</translation>
        </message>
        <message>
            <source>Heat, comfortable positions, and relaxation or slow breathing can help.</source>
            <translation>Wärme, bequeme Positionen und Entspannung oder langsames Atmen können helfen.</translation>
        </message>
        <message>
            <source>Check “When to get help”. If the flare is not easing after about 2 weeks, or keeps coming back, see a clinician.</source>
            <translation>Lesen Sie „Wann Sie Hilfe holen sollten“. Wenn der Schub nach etwa 2 Wochen nicht nachlässt oder immer wiederkommt, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
        </message>
        <message>
            <source>Flare mode marks each day as a flare day in your journal, so your trends show it. It ends when you say so; Backtimer suggests ending it after {days} days in a row of lower pain (log your pain each day).</source>
            <translation>Der Schubmodus markiert jeden Tag im Tagebuch als Schubtag, damit Ihre Trends es zeigen. Er endet, wenn Sie es sagen; Backtimer schlägt das Ende nach {days} Tagen in Folge mit geringeren Schmerzen vor (tragen Sie Ihren Schmerz täglich ein).</translation>
        </message>
        <message>
            <source>Having a flare-up?</source>
            <translation>Ein Schmerzschub?</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Having a flare-up? Here is the plan.&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ein Schmerzschub? So gehen Sie vor.&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Flare plan</source>
            <translation>Schubplan</translation>
        </message>
        <message>
            <source>Flare mode and start {routine} now</source>
            <translation>Schubmodus und „{routine}“ jetzt starten</translation>
        </message>
        <message>
            <source>Flare mode only</source>
            <translation>Nur Schubmodus</translation>
        </message>
    </context>
    <context>
        <name>FlareStatus</name>
        <message>
            <source>Flare mode, day {day}.</source>
            <translation>Schubmodus, Tag {day}.</translation>
        </message>
        <message>
            <source>Your pain has been lower for {days} days in a row{against}: you can end flare mode when you feel ready.</source>
            <translation>Ihr Schmerz ist seit {days} Tagen in Folge geringer{against}: Sie können den Schubmodus beenden, wenn Sie sich bereit fühlen.</translation>
        </message>
        <message>
            <source>This flare has lasted over two weeks: please see a clinician (your GP or physiotherapist) to check it.</source>
            <translation>Dieser Schub dauert schon über zwei Wochen: Bitte lassen Sie ihn ärztlich oder physiotherapeutisch abklären (Hausarztpraxis oder Physiotherapie).</translation>
        </message>
        <message>
            <source>Take it gently; flare mode can end after {days} days in a row of lower pain{against}.</source>
            <translation>Gehen Sie es sanft an; der Schubmodus kann nach {days} Tagen in Folge mit geringerem Schmerz enden{against}.</translation>
        </message>
        <message>
            <source>your usual {score}</source>
            <translation>Ihr üblicher Wert {score}</translation>
        </message>
        <message>
            <source>{points}+ below the worst, {score}</source>
            <translation>{points}+ unter dem schlimmsten Wert, {score}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
    </context>
    <context>
        <name>HistoryController</name>
        <message>
            <source>The journal is open read-only (another Backtimer may be running, or the file is protected), so changes cannot be saved.</source>
            <translation>Das Tagebuch ist schreibgeschützt geöffnet (vielleicht läuft Backtimer schon ein zweites Mal, oder die Datei ist geschützt), daher können Änderungen nicht gespeichert werden.</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>4 weeks</source>
            <translation>4 Wochen</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>No sessions yet — your workouts will appear here.</source>
            <translation>Noch keine Einheiten – sie erscheinen hier, sobald Sie üben.</translation>
        </message>
        <message>
            <source>No sessions between {start} and {end}. Choose “All” to see every session.</source>
            <translation>Keine Einheiten zwischen dem {start} und dem {end}. Wählen Sie „Alles“, um jede Einheit zu sehen.</translation>
        </message>
        <message>
            <source>Scores you logged between workouts.</source>
            <translation>Werte, die Sie zwischen den Einheiten eingetragen haben.</translation>
        </message>
        <message>
            <source> Double-click a score or note to correct it.</source>
            <translation> Doppelklicken Sie auf einen Wert oder eine Notiz, um sie zu korrigieren.</translation>
        </message>
        <message>
            <source>No pain checks outside workouts in this period. Use “Log pain now…” to add one.</source>
            <translation>Keine Schmerzeinträge außerhalb der Einheiten in diesem Zeitraum. Mit „Schmerz jetzt eintragen …“ fügen Sie einen hinzu.</translation>
        </message>
        <message>
            <source>Pain score, 0 to 10</source>
            <translation>Schmerzwert, 0 bis 10</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>Show all sessions</source>
            <translation>Alle Einheiten zeigen</translation>
        </message>
        <message>
            <source>Show the last {period}</source>
            <translation>Zeitraum zeigen: {period}</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;bis</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>See the steps and edit pain scores and the note (Enter)</source>
            <translation>Schritte ansehen, Schmerzwerte und Notiz bearbeiten (Eingabetaste)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected session (Delete key); you can undo it</source>
            <translation>Die gewählte Einheit löschen (Entf-Taste); Sie können es rückgängig machen</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Bring the session back (Ctrl+Z)</source>
            <translation>Die Einheit zurückholen (Strg+Z)</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Pain checks outside workouts</source>
            <translation>Schmerzeinträge außerhalb der Einheiten</translation>
        </message>
        <message>
            <source>Double-click or press F2 on a score or note to correct it</source>
            <translation>Doppelklick oder F2 auf einen Wert oder eine Notiz, um sie zu korrigieren</translation>
        </message>
        <message>
            <source>&amp;Log pain now…</source>
            <translation>Schmerz jetzt &amp;eintragen …</translation>
        </message>
        <message>
            <source>Record how your back feels right now (Ctrl+L)</source>
            <translation>Eintragen, wie sich Ihr Rücken gerade anfühlt (Strg+L)</translation>
        </message>
        <message>
            <source>Deleted the session “{title}” of {day}.</source>
            <translation>Die Einheit „{title}“ vom {day} wurde gelöscht.</translation>
        </message>
        <message>
            <source>Restored “{title}”.</source>
            <translation>„{title}“ wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>HurtsDialog</name>
        <message>
            <source>This hurts</source>
            <translation>Das tut weh</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; is paused. Pain during exercise is common and is not harm, but sharp or spreading pain is a reason to stop this one.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; ist pausiert. Schmerz beim Üben ist häufig und bedeutet keinen Schaden, aber stechender oder ausstrahlender Schmerz ist ein Grund, diese Übung zu beenden.</translation>
        </message>
        <message>
            <source>How bad is it now (0–10)?</source>
            <translation>Wie stark ist es jetzt (0–10)?</translation>
        </message>
        <message>
            <source>Pain %1 of 10</source>
            <translation>Schmerz %1 von 10</translation>
        </message>
        <message>
            <source>0 = No pain</source>
            <translation>0 = keine Schmerzen</translation>
        </message>
        <message>
            <source>10 = Worst pain imaginable</source>
            <translation>10 = stärkste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>Does it spread down a leg, or come with numbness, tingling or weakness?</source>
            <translation>Strahlt es ins Bein aus, oder kommen Taubheit, Kribbeln oder Schwäche dazu?</translation>
        </message>
        <message>
            <source>&amp;Yes, it does</source>
            <translation>&amp;Ja, das tut es</translation>
        </message>
        <message>
            <source>Stop this exercise. If it does not settle, or your legs feel weak or numb, see “When to get help”.</source>
            <translation>Beenden Sie diese Übung. Wenn es nicht abklingt oder sich Ihre Beine schwach oder taub anfühlen, lesen Sie „Wann Sie Hilfe holen sollten“.</translation>
        </message>
        <message>
            <source>Try the &amp;gentler one: %1</source>
            <translation>Die &amp;sanftere Variante versuchen: %1</translation>
        </message>
        <message>
            <source>&amp;Skip this exercise</source>
            <translation>Übung ü&amp;berspringen</translation>
        </message>
        <message>
            <source>S&amp;top the workout</source>
            <translation>Training b&amp;eenden</translation>
        </message>
        <message>
            <source>&amp;When to get help</source>
            <translation>&amp;Wann Sie Hilfe holen sollten</translation>
        </message>
        <message>
            <source>&amp;Back to the workout (Esc)</source>
            <translation>Zurück zum &amp;Training (Esc)</translation>
        </message>
        <message>
            <source>Nothing is recorded; the workout stays paused.</source>
            <translation>Es wird nichts eingetragen; das Training bleibt pausiert.</translation>
        </message>
    </context>
    <context>
        <name>Illustration</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>Variante 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>Variante 2</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <source>Jog</source>
            <translation>Joggen</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Locker</translation>
        </message>
        <message>
            <source>Brisk</source>
            <translation>Zügig</translation>
        </message>
        <message>
            <source>Tense</source>
            <translation>Anspannen</translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Loslassen</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Auflegen</translation>
        </message>
        <message>
            <source>Circles</source>
            <translation>Kreisen</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Einatmen</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Ausatmen</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Cannot open the journal {path}: SQLite's file beside it, {sidecar}, cannot be read or written. Give it the journal's owner and permissions (or remove it if no Backtimer is running), then try again.</source>
            <translation>Das Tagebuch {path} kann nicht geöffnet werden: Die SQLite-Datei daneben, {sidecar}, kann nicht gelesen oder geschrieben werden. Geben Sie ihr den Besitzer und die Berechtigungen des Tagebuchs (oder entfernen Sie sie, wenn kein Backtimer läuft), und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>There is no journal at {path}. Check the path or --data-dir.</source>
            <translation>Unter {path} gibt es kein Tagebuch. Prüfen Sie den Pfad oder --data-dir.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a journal. Move it aside or choose another --data-dir.</source>
            <translation>{path} ist ein Ordner, kein Tagebuch. Verschieben Sie ihn oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a named pipe or device), so it was not opened as the journal. Move it aside or choose another --data-dir.</source>
            <translation>{path} ist keine gewöhnliche Datei (eine benannte Pipe oder ein Gerät) und wurde daher nicht als Tagebuch geöffnet. Verschieben Sie sie oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <source>Could not move the damaged journal {path} aside: {reason}. Move or rename it yourself, then start Backtimer again.</source>
            <translation>Das beschädigte Tagebuch {path} konnte nicht beiseitegelegt werden: {reason}. Verschieben oder benennen Sie es selbst um und starten Sie Backtimer dann erneut.</translation>
        </message>
        <message>
            <source>The journal {path} is locked: it is in use by another program, probably another Backtimer window. Close it and try again.</source>
            <translation>Das Tagebuch {path} ist gesperrt: Ein anderes Programm benutzt es, vermutlich ein anderes Backtimer-Fenster. Schließen Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The disk holding the journal {path} is full. Free some space, then try again; what was recorded so far is safe.</source>
            <translation>Der Datenträger mit dem Tagebuch {path} ist voll. Schaffen Sie etwas Platz und versuchen Sie es erneut; was bisher eingetragen wurde, ist sicher.</translation>
        </message>
        <message>
            <source>Cannot open the journal {path} ({detail}). Check that the folder exists and is writable, or choose another one with --data-dir.</source>
            <translation>Das Tagebuch {path} kann nicht geöffnet werden ({detail}). Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie mit --data-dir einen anderen.</translation>
        </message>
        <message>
            <source>The journal {path} could not be used: {detail}.</source>
            <translation>Das Tagebuch {path} konnte nicht verwendet werden: {detail}.</translation>
        </message>
        <message>
            <source>The journal {path} uses schema v{version} and must be upgraded to v{supported}, which needs write access. Open it once from a writable folder, then try again.</source>
            <translation>Das Tagebuch {path} verwendet Schema v{version} und muss auf v{supported} aktualisiert werden; dafür ist Schreibzugriff nötig. Öffnen Sie es einmal aus einem beschreibbaren Ordner und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The journal {path} could not be switched to WAL mode.</source>
            <translation>Das Tagebuch {path} konnte nicht in den WAL-Modus geschaltet werden.</translation>
        </message>
        <message>
            <source>This journal was written by a newer Backtimer (schema v{version}); this version understands up to v{supported}. Update Backtimer; your journal was not changed. ({path})</source>
            <translation>Dieses Tagebuch stammt von einem neueren Backtimer (Schema v{version}); diese Version versteht bis v{supported}. Aktualisieren Sie Backtimer; Ihr Tagebuch wurde nicht verändert. ({path})</translation>
        </message>
        <message>
            <source>The file {path} is an SQLite database but not a Backtimer journal, so it was left untouched. Move it elsewhere or choose another folder with --data-dir.</source>
            <translation>Die Datei {path} ist eine SQLite-Datenbank, aber kein Backtimer-Tagebuch, und wurde daher nicht angetastet. Verschieben Sie sie oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
        </message>
        <message>
            <source>Could not save a copy of the journal before upgrading it ({aside}): {reason}. Free some space or fix the folder's permissions; the journal was not changed.</source>
            <translation>Vor der Aktualisierung konnte keine Kopie des Tagebuchs gespeichert werden ({aside}): {reason}. Schaffen Sie Platz oder korrigieren Sie die Berechtigungen des Ordners; das Tagebuch wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder} for the journal: {reason}. Choose another folder with --data-dir.</source>
            <translation>Der Ordner {folder} für das Tagebuch kann nicht angelegt werden: {reason}. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The journal {path} is empty: it is new and nothing has been recorded in it yet.</source>
            <translation>Das Tagebuch {path} ist leer: Es ist neu, und es wurde noch nichts eingetragen.</translation>
        </message>
        <message>
            <source>The journal {path} or its folder is not writable, so nothing could be recorded. Fix the permissions, or choose another folder with --data-dir; the journal can still be viewed read-only.</source>
            <translation>Das Tagebuch {path} oder sein Ordner ist nicht beschreibbar, daher konnte nichts eingetragen werden. Korrigieren Sie die Berechtigungen oder wählen Sie mit --data-dir einen anderen Ordner; ansehen lässt sich das Tagebuch weiterhin (nur lesend).</translation>
        </message>
        <message>
            <source>The journal {path} is damaged or is not a database ({detail}). It was left exactly as it is. Restore a backup (backtimer restore FILE), or move it aside and start a fresh journal.</source>
            <translation>Das Tagebuch {path} ist beschädigt oder keine Datenbank ({detail}). Es wurde genau so belassen, wie es ist. Stellen Sie eine Sicherung wieder her (backtimer restore FILE) oder legen Sie es beiseite und beginnen Sie ein neues Tagebuch.</translation>
        </message>
    </context>
    <context>
        <name>JournalOpening</name>
        <message>
            <source>Restore the latest backup</source>
            <translation>Neueste Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Keep it aside, start fresh</source>
            <translation>Beiseitelegen und neu beginnen</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Your journal is read-only</source>
            <translation>Ihr Tagebuch ist schreibgeschützt</translation>
        </message>
        <message>
            <source>{error}

You can open it read-only to look at your history; new workouts and pain scores will not be saved until the file can be written again.</source>
            <translation>{error}

Sie können es schreibgeschützt öffnen, um Ihren Verlauf anzusehen; neue Trainings und Schmerzwerte werden erst gespeichert, wenn die Datei wieder beschreibbar ist.</translation>
        </message>
        <message>
            <source>Cannot open your journal</source>
            <translation>Ihr Tagebuch lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>{error}

Backtimer will not change or delete that file. It can be renamed aside (nothing is deleted) and you can restore a backup (the latest is from {day}) or start a fresh journal.</source>
            <translation>{error}

Backtimer ändert oder löscht diese Datei nicht. Sie kann umbenannt und beiseitegelegt werden (nichts wird gelöscht), und Sie können eine Sicherung wiederherstellen (die neueste ist vom {day}) oder ein neues Tagebuch beginnen.</translation>
        </message>
        <message>
            <source>{error}

Backtimer will not change or delete that file. It can be renamed aside (nothing is deleted) and you can start a fresh journal.</source>
            <translation>{error}

Backtimer ändert oder löscht diese Datei nicht. Sie kann umbenannt und beiseitegelegt werden (nichts wird gelöscht), und Sie können ein neues Tagebuch beginnen.</translation>
        </message>
        <message>
            <source>Your journal cannot be read</source>
            <translation>Ihr Tagebuch kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Your old journal file was kept aside as {name}.</source>
            <translation>Ihre alte Tagebuchdatei wurde als {name} beiseitegelegt.</translation>
        </message>
        <message>
            <source>Restored the backup from {day}.</source>
            <translation>Die Sicherung vom {day} wurde wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>JournalTools</name>
        <message>
            <source>Import CSV files exported by Backtimer</source>
            <translation>Von Backtimer exportierte CSV-Dateien importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import läuft …</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>CSV importieren</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>{name} wird importiert …</translation>
        </message>
        <message>
            <source>Back up the journal</source>
            <translation>Tagebuch sichern</translation>
        </message>
        <message>
            <source>Backtimer journal (*.sqlite3)</source>
            <translation>Backtimer-Tagebuch (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists; choose a new file name so nothing is overwritten.</source>
            <translation>{file} gibt es schon; wählen Sie einen neuen Dateinamen, damit nichts überschrieben wird.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Backtimer journal (*.sqlite3);;All files (*)</source>
            <translation>Backtimer-Tagebuch (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Replace the journal with {file}? The current journal is kept aside under a dated name, so nothing is lost.</source>
            <translation>Das Tagebuch durch {file} ersetzen? Das jetzige Tagebuch wird unter einem Namen mit Datum beiseitegelegt, es geht also nichts verloren.</translation>
        </message>
        <message>
            <source>Restored the journal from {file} (schema v{version}).</source>
            <translation>Das Tagebuch wurde aus {file} wiederhergestellt (Schema v{version}).</translation>
        </message>
        <message>
            <source>The previous journal was kept as {file}</source>
            <translation>Das vorherige Tagebuch wurde als {file} aufbewahrt</translation>
        </message>
        <message>
            <source>Backed up the journal to {file}</source>
            <translation>Tagebuch gesichert nach {file}</translation>
        </message>
    </context>
    <context>
        <name>JournalWrites</name>
        <message>
            <source>start the session</source>
            <translation>Einheit beginnen</translation>
        </message>
        <message>
            <source>save the step</source>
            <translation>Schritt speichern</translation>
        </message>
        <message>
            <source>save the 'this hurts' report</source>
            <translation>„Das tut weh“-Meldung speichern</translation>
        </message>
        <message>
            <source>finish the session</source>
            <translation>Einheit abschließen</translation>
        </message>
        <message>
            <source>discard the session</source>
            <translation>Einheit verwerfen</translation>
        </message>
        <message>
            <source>close the unfinished session</source>
            <translation>Unbeendete Einheit abschließen</translation>
        </message>
        <message>
            <source>save the pain score</source>
            <translation>Schmerzwert speichern</translation>
        </message>
        <message>
            <source>save the effort</source>
            <translation>Anstrengung speichern</translation>
        </message>
        <message>
            <source>save the note</source>
            <translation>Notiz speichern</translation>
        </message>
        <message>
            <source>save your changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>delete the session</source>
            <translation>Einheit löschen</translation>
        </message>
        <message>
            <source>restore the session</source>
            <translation>Einheit wiederherstellen</translation>
        </message>
        <message>
            <source>mark flare days</source>
            <translation>Schubtage markieren</translation>
        </message>
        <message>
            <source>add the activity</source>
            <translation>Aktivität hinzufügen</translation>
        </message>
        <message>
            <source>rename the activity</source>
            <translation>Aktivität umbenennen</translation>
        </message>
        <message>
            <source>retire the activity</source>
            <translation>Aktivität ablegen</translation>
        </message>
        <message>
            <source>save the weekly check-in</source>
            <translation>Wöchentlichen Check-in speichern</translation>
        </message>
        <message>
            <source>save your plan</source>
            <translation>Ihren Plan speichern</translation>
        </message>
        <message>
            <source>move your plan into the journal</source>
            <translation>Ihren Plan ins Tagebuch übernehmen</translation>
        </message>
        <message>
            <source>import the files</source>
            <translation>Dateien importieren</translation>
        </message>
        <message>
            <source>back up the journal</source>
            <translation>Tagebuch sichern</translation>
        </message>
        <message>
            <source>make today's backup</source>
            <translation>Heutige Sicherung anlegen</translation>
        </message>
        <message>
            <source>finish writing</source>
            <translation>Schreiben abschließen</translation>
        </message>
        <message>
            <source>The journal is open read-only, so nothing can be saved.</source>
            <translation>Das Tagebuch ist schreibgeschützt geöffnet, daher kann nichts gespeichert werden.</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Filter routines or exercises (Ctrl+F)</source>
            <translation>Routinen oder Übungen filtern (Strg+F)</translation>
        </message>
        <message>
            <source>Filter routines</source>
            <translation>Routinen filtern</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Routine details</source>
            <translation>Details der Routine</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>Routine starten</translation>
        </message>
        <message>
            <source>Start the selected routine (Enter)</source>
            <translation>Die gewählte Routine starten (Eingabetaste)</translation>
        </message>
        <message>
            <source>No routines match</source>
            <translation>Keine passenden Routinen</translation>
        </message>
        <message>
            <source>R&amp;outines</source>
            <translation>R&amp;outinen</translation>
        </message>
        <message>
            <source>E&amp;xercises</source>
            <translation>Ü&amp;bungen</translation>
        </message>
        <message>
            <source>No routine selected</source>
            <translation>Keine Routine ausgewählt</translation>
        </message>
        <message>
            <source>Pick a routine on the left to see what it involves.</source>
            <translation>Wählen Sie links eine Routine, um zu sehen, was dazugehört.</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>etwa {minutes} Min.</translation>
        </message>
        <message>
            <source>You will need:</source>
            <translation>Sie brauchen:</translation>
        </message>
        <message>
            <source>nothing special</source>
            <translation>nichts Besonderes</translation>
        </message>
        <message>
            <source>From your file {path}</source>
            <translation>Aus Ihrer Datei {path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Export journal to CSV…</source>
            <translation>Tagebuch als CSV &amp;exportieren …</translation>
        </message>
        <message>
            <source>Physio &amp;report (PDF)…</source>
            <translation>&amp;Bericht für die Physiotherapie (PDF) …</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren …</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Jetzt &amp;sichern …</translation>
        </message>
        <message>
            <source>Restore a bac&amp;kup…</source>
            <translation>Sicherung &amp;wiederherstellen …</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>E&amp;instellungen …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>Ta&amp;gebuch</translation>
        </message>
        <message>
            <source>&amp;Log pain now…</source>
            <translation>Schmerz jetzt &amp;eintragen …</translation>
        </message>
        <message>
            <source>I'm having a &amp;flare-up…</source>
            <translation>Ich habe einen &amp;Schmerzschub …</translation>
        </message>
        <message>
            <source>&amp;Routines</source>
            <translation>&amp;Routinen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;When to get help</source>
            <translation>&amp;Wann Sie Hilfe holen sollten</translation>
        </message>
        <message>
            <source>Explore with &amp;example data</source>
            <translation>Mit &amp;Beispieldaten ausprobieren</translation>
        </message>
        <message>
            <source>&amp;About Backtimer</source>
            <translation>Ü&amp;ber Backtimer</translation>
        </message>
        <message>
            <source>Example data: a made-up person's six months. Your own journal and settings are not touched; this copy goes when you close the window.</source>
            <translation>Beispieldaten: sechs Monate einer erfundenen Person. Ihr eigenes Tagebuch und Ihre Einstellungen bleiben unberührt; diese Kopie verschwindet, wenn Sie das Fenster schließen.</translation>
        </message>
        <message>
            <source>Example data</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>A guided exercise timer and pain journal for people living with back pain.</source>
            <translation>Ein angeleiteter Übungs-Timer und ein Schmerztagebuch für Menschen mit Rückenschmerzen.</translation>
        </message>
        <message>
            <source>Exercise content written by the Backtimer team from published guidance; it is general advice, not a diagnosis or a personal treatment plan.</source>
            <translation>Die Übungsinhalte hat das Backtimer-Team nach veröffentlichten Leitlinien geschrieben; sie sind allgemeine Empfehlungen, keine Diagnose und kein persönlicher Behandlungsplan.</translation>
        </message>
    </context>
    <context>
        <name>PainCheckModel</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>PainEditor</name>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (freiwillig)</translation>
        </message>
    </context>
    <context>
        <name>PainScoreDialog</name>
        <message>
            <source>How bad is your low back pain right now?</source>
            <translation>Wie stark sind Ihre Kreuzschmerzen gerade?</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>keine Schmerzen</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>&amp;Effort (optional): could you have done 2–3 more of each exercise?</source>
            <translation>&amp;Anstrengung (freiwillig): Hätten Sie bei jeder Übung noch 2–3 Wiederholungen mehr geschafft?</translation>
        </message>
        <message>
            <source>very easy</source>
            <translation>sehr leicht</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate, could have done plenty more</source>
            <translation>mittel, noch viele mehr möglich</translation>
        </message>
        <message>
            <source>could have done 2–3 more</source>
            <translation>noch 2–3 mehr möglich</translation>
        </message>
        <message>
            <source>hard, one more at most</source>
            <translation>schwer, höchstens noch eine</translation>
        </message>
        <message>
            <source>could not have done one more</source>
            <translation>keine einzige mehr möglich</translation>
        </message>
        <message>
            <source>Pain %1 of 10, %2</source>
            <translation>Schmerz %1 von 10, %2</translation>
        </message>
        <message>
            <source>0 = No pain</source>
            <translation>0 = keine Schmerzen</translation>
        </message>
        <message>
            <source>10 = Worst pain imaginable</source>
            <translation>10 = stärkste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>Type a number from 0 to 10, or click one.</source>
            <translation>Tippen Sie eine Zahl von 0 bis 10 oder klicken Sie eine an.</translation>
        </message>
        <message>
            <source>Chosen score</source>
            <translation>Gewählter Wert</translation>
        </message>
        <message>
            <source>&amp;Pain down a leg</source>
            <translation>&amp;Schmerz, der ins Bein zieht</translation>
        </message>
        <message>
            <source>&amp;Numbness, tingling or weakness</source>
            <translation>&amp;Taubheit, Kribbeln oder Schwäche</translation>
        </message>
        <message>
            <source>Numbness around the genitals or back passage, or new &amp;bladder or bowel changes</source>
            <translation>Taubheit im Genital- oder Afterbereich oder neue Veränderungen bei &amp;Blase oder Darm</translation>
        </message>
        <message>
            <source>Also today (tick any that apply):</source>
            <translation>Heute außerdem (alles Zutreffende ankreuzen):</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>Effort from 0 to 10</source>
            <translation>Anstrengung von 0 bis 10</translation>
        </message>
        <message>
            <source>Note (optional): anything you noticed today</source>
            <translation>Notiz (freiwillig): was Ihnen heute aufgefallen ist</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save score</source>
            <translation>Wert speichern</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip without a score</source>
            <translation>Ohne Wert überspringen</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 out of 10&lt;/b&gt; — %2. Press Enter to save.</source>
            <translation>&lt;b&gt;%1 von 10&lt;/b&gt; – %2. Zum Speichern die Eingabetaste drücken.</translation>
        </message>
        <message>
            <source>A score saves these symptoms in your journal (Enter).</source>
            <translation>Mit einem Wert werden diese Beschwerden im Tagebuch gespeichert (Eingabetaste).</translation>
        </message>
        <message>
            <source>Show “When to get help”</source>
            <translation>„Wann Sie Hilfe holen sollten“ anzeigen</translation>
        </message>
        <message>
            <source>Press Enter again to save.</source>
            <translation>Zum Speichern noch einmal die Eingabetaste drücken.</translation>
        </message>
    </context>
    <context>
        <name>PhaseStyle</name>
        <message>
            <source>Get ready</source>
            <translation>Vorbereiten</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Your pace</source>
            <translation>Ihr Tempo</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Alternate sides</source>
            <translation>Seiten im Wechsel</translation>
        </message>
        <message>
            <source>At your own pace</source>
            <translation>In Ihrem Tempo</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Beendet</translation>
        </message>
    </context>
    <context>
        <name>PlayerView</name>
        <message>
            <source>Keyboard: %1</source>
            <translation>Tastatur: %1</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Press Space or Start when you are in position.</source>
            <translation>Drücken Sie die Leertaste oder Start, wenn Sie in Position sind.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Routine progress</source>
            <translation>Fortschritt der Routine</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation>Restzeit dieses Schritts</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Step progress</source>
            <translation>Fortschritt des Schritts</translation>
        </message>
        <message>
            <source>Exercise illustration</source>
            <translation>Abbildung der Übung</translation>
        </message>
        <message>
            <source>Workout summary</source>
            <translation>Zusammenfassung des Trainings</translation>
        </message>
        <message>
            <source>Next exercise</source>
            <translation>Nächste Übung</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>Left arrow</source>
            <translation>Pfeil nach links</translation>
        </message>
        <message>
            <source>Start or pause</source>
            <translation>Starten oder pausieren</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Diesen Schritt überspringen</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>Pfeil nach rechts</translation>
        </message>
        <message>
            <source>−10 s</source>
            <translation>−10 s</translation>
        </message>
        <message>
            <source>Take 10 seconds off this step</source>
            <translation>Diesen Schritt um 10 Sekunden kürzen</translation>
        </message>
        <message>
            <source>Minus</source>
            <translation>Minus</translation>
        </message>
        <message>
            <source>+10 s</source>
            <translation>+10 s</translation>
        </message>
        <message>
            <source>Add 10 seconds to this step</source>
            <translation>Diesen Schritt um 10 Sekunden verlängern</translation>
        </message>
        <message>
            <source>Plus</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Restart step</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>Restart this step</source>
            <translation>Diesen Schritt neu starten</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Done with this exercise</source>
            <translation>Diese Übung ist geschafft</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabetaste</translation>
        </message>
        <message>
            <source>Mute or unmute sound</source>
            <translation>Ton aus- oder einschalten</translation>
        </message>
        <message>
            <source>Full-screen floor mode</source>
            <translation>Bodenmodus im Vollbild</translation>
        </message>
        <message>
            <source>This hurts</source>
            <translation>Das tut weh</translation>
        </message>
        <message>
            <source>This hurts: stop this exercise</source>
            <translation>Das tut weh: diese Übung anhalten</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Stop the workout</source>
            <translation>Das Training beenden</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; that's the last exercise — nearly done!</source>
            <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; Das ist die letzte Übung – fast geschafft!</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next exercise:&lt;/b&gt; {name} — {dosage}</source>
            <translation>&lt;b&gt;Nächste Übung:&lt;/b&gt; {name} – {dosage}</translation>
        </message>
        <message>
            <source>Paused — press Space to carry on</source>
            <translation>Pausiert – weiter mit der Leertaste</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>Routine complete</source>
            <translation>Routine vollständig</translation>
        </message>
        <message>
            <source>Routine finished</source>
            <translation>Routine abgeschlossen</translation>
        </message>
        <message>
            <source>Step {number} of {total} · {time} left</source>
            <translation>Schritt {number} von {total} · noch {time}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>{dosage} — press Enter or Done when finished.</source>
            <translation>{dosage} – drücken Sie die Eingabetaste oder „Fertig“, wenn Sie so weit sind.</translation>
        </message>
        <message>
            <source>Coming up: {dosage}</source>
            <translation>Gleich: {dosage}</translation>
        </message>
        <message>
            <source>Breathe easy.</source>
            <translation>Ruhig atmen.</translation>
        </message>
        <message>
            <source>Next: {what}</source>
            <translation>Als Nächstes: {what}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Back to the library (Escape)</source>
            <translation>Zurück zur Bibliothek (Esc)</translation>
        </message>
        <message>
            <source>No sound</source>
            <translation>Kein Ton</translation>
        </message>
        <message>
            <source>Sound off</source>
            <translation>Ton aus</translation>
        </message>
        <message>
            <source>Think:</source>
            <translation>Denken Sie daran:</translation>
        </message>
        <message>
            <source>Stop if:</source>
            <translation>Aufhören, wenn:</translation>
        </message>
        <message>
            <source>Hold {number} of {count}</source>
            <translation>Halten {number} von {count}</translation>
        </message>
        <message>
            <source>Rep {number} of {count}</source>
            <translation>Wdh. {number} von {count}</translation>
        </message>
        <message>
            <source>Round {number} of {count}</source>
            <translation>Runde {number} von {count}</translation>
        </message>
        <message>
            <source>Set {number} of {count}</source>
            <translation>Satz {number} von {count}</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>Ton an</translation>
        </message>
        <message>
            <source>Stop the workout?</source>
            <translation>Training beenden?</translation>
        </message>
        <message>
            <source>Stop this workout now? The steps you have done are already saved. The timer is held while you decide.</source>
            <translation>Dieses Training jetzt beenden? Die Schritte, die Sie gemacht haben, sind schon gespeichert. Der Timer wartet, während Sie entscheiden.</translation>
        </message>
        <message>
            <source>Leave floor mode</source>
            <translation>Bodenmodus verlassen</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Bodenmodus</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Problems, one per line</source>
            <translation>Probleme, eins pro Zeile</translation>
        </message>
        <message>
            <source>Fix the file and import it again. Check it with: backtimer routines check</source>
            <translation>Korrigieren Sie die Datei und importieren Sie sie erneut. Prüfen können Sie sie mit: backtimer routines check</translation>
        </message>
    </context>
    <context>
        <name>ReminderPrompt</name>
        <message>
            <source>Time for your routine</source>
            <translation>Zeit für Ihre Routine</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:large'&gt;It is time for &lt;b&gt;{routine_title}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A few minutes of gentle movement helps most backs. On a bad day, skipping is fine too.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:large'&gt;Zeit für &lt;b&gt;{routine_title}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Ein paar Minuten sanfte Bewegung tun den meisten Rücken gut. An einem schlechten Tag ist Auslassen auch in Ordnung.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>Jetzt &amp;starten</translation>
        </message>
        <message>
            <source>S&amp;nooze 30 min</source>
            <translation>In 30 Min. &amp;erinnern</translation>
        </message>
        <message>
            <source>S&amp;kip today</source>
            <translation>&amp;Heute auslassen</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <source>Reminder is off: {error}.</source>
            <translation>Die Erinnerung ist aus: {error}.</translation>
        </message>
        <message>
            <source>Backtimer keeps running to remind you of your back routine.</source>
            <translation>Backtimer läuft weiter, um Sie an Ihre Rückenroutine zu erinnern.</translation>
        </message>
        <message>
            <source>The desktop did not allow Backtimer to start at login.</source>
            <translation>Die Arbeitsumgebung hat Backtimer den Start bei der Anmeldung nicht erlaubt.</translation>
        </message>
        <message>
            <source>Time for your back routine</source>
            <translation>Zeit für Ihre Rückenroutine</translation>
        </message>
        <message>
            <source>{routine}: start it, snooze it or skip today.</source>
            <translation>{routine}: starten, später erinnern oder heute auslassen.</translation>
        </message>
        <message>
            <source>{routine}: start it, snooze it or skip today from the {app} icon.</source>
            <translation>{routine}: über das Symbol von {app} starten, später erinnern lassen oder heute auslassen.</translation>
        </message>
        <message>
            <source>Reminder snoozed until {time}.</source>
            <translation>Erinnerung verschoben auf {time}.</translation>
        </message>
        <message>
            <source>No more reminders today.</source>
            <translation>Heute keine Erinnerungen mehr.</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>Jetzt &amp;starten</translation>
        </message>
        <message>
            <source>S&amp;nooze 30 min</source>
            <translation>In 30 Min. &amp;erinnern</translation>
        </message>
        <message>
            <source>S&amp;kip today</source>
            <translation>&amp;Heute auslassen</translation>
        </message>
        <message>
            <source>&amp;Open {app}</source>
            <translation>{app} ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <source>{app} is still running</source>
            <translation>{app} läuft noch</translation>
        </message>
        <message>
            <source>It stays here so your reminder can reach you. Quit from this icon's menu.</source>
            <translation>Es bleibt hier, damit Ihre Erinnerung Sie erreicht. Beenden können Sie es über das Menü dieses Symbols.</translation>
        </message>
        <message>
            <source>{app}: next reminder {time}</source>
            <translation>{app}: nächste Erinnerung {time}</translation>
        </message>
        <message>
            <source>your routine</source>
            <translation>Ihre Routine</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>{sessions} and {minutes}</source>
            <translation>{sessions} und {minutes}</translation>
        </message>
        <message>
            <source>no sessions</source>
            <translation>keine Einheiten</translation>
        </message>
        <message>
            <source>less than one session</source>
            <translation>weniger als eine Einheit</translation>
        </message>
        <message>
            <source>about 1 session</source>
            <translation>etwa 1 Einheit</translation>
        </message>
        <message>
            <source>about {count} sessions</source>
            <translation>etwa {count} Einheiten</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Einheit</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} Einheiten</translation>
        </message>
        <message>
            <source>this hurts: {exercise}</source>
            <translation>„Das tut weh“: {exercise}</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder}: it does not exist or is not writable. Choose a folder you can write to.</source>
            <translation>In den Ordner {folder} kann nicht geschrieben werden: Er existiert nicht oder ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>The report could not be drawn, so {destination} was not written.</source>
            <translation>Der Bericht konnte nicht erstellt werden, daher wurde {destination} nicht geschrieben.</translation>
        </message>
        <message>
            <source>Back pain and exercise report {first} to {last}</source>
            <translation>Bericht Rückenschmerz und Übungen {first} bis {last}</translation>
        </message>
        <message>
            <source>{first} to {last} ({length}) · from the Backtimer journal</source>
            <translation>{first} bis {last} ({length}) · aus dem Backtimer-Tagebuch</translation>
        </message>
        <message>
            <source>{sessions} ({completed} completed), {minutes} of exercise in total: on average {per_week}.</source>
            <translation>{sessions} ({completed} vollständig), insgesamt {minutes} Übungszeit: im Durchschnitt {per_week}.</translation>
        </message>
        <message>
            <source>Pain 0 (none) to 10 (worst imaginable), as rated by the patient before and after exercise and at other times. One point per day (the day's average). The 7-day line and the reading above use the scores before sessions and at other times only.</source>
            <translation>Schmerz von 0 (keiner) bis 10 (schlimmster vorstellbarer), bewertet vom Patienten bzw. der Patientin vor und nach den Übungen und zu anderen Zeiten. Ein Punkt pro Tag (der Tagesdurchschnitt). Die 7-Tage-Linie und die Auswertung oben nutzen nur die Werte vor den Einheiten und zu anderen Zeiten.</translation>
        </message>
        <message>
            <source>Back pain and exercise report</source>
            <translation>Bericht: Rückenschmerz und Übungen</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Schmerzverlauf</translation>
        </message>
        <message>
            <source>Exercise adherence</source>
            <translation>Übungstreue</translation>
        </message>
        <message>
            <source>Routines done</source>
            <translation>Durchgeführte Routinen</translation>
        </message>
        <message>
            <source>“This hurts” reports during exercise</source>
            <translation>„Das tut weh“-Meldungen während der Übungen</translation>
        </message>
        <message>
            <source>Leg, nerve and urgent symptoms</source>
            <translation>Bein-, Nerven- und dringende Symptome</translation>
        </message>
        <message>
            <source>Everyday activities (weekly check-in)</source>
            <translation>Alltagsaktivitäten (wöchentlicher Check-in)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 Woche</translation>
        </message>
        <message>
            <source>{count} weeks</source>
            <translation>{count} Wochen</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} Tage</translation>
        </message>
        <message>
            <source>Urgent symptoms logged on {days}: numbness around the genitals or back passage, or bladder or bowel changes (see “Leg, nerve and urgent symptoms”).</source>
            <translation>Dringende Symptome eingetragen am {days}: Taubheit im Genital- oder Analbereich oder Veränderungen an Blase oder Darm (siehe „Bein-, Nerven- und dringende Symptome“).</translation>
        </message>
        <message>
            <source>Shaded: 1 day the patient marked as a flare-up.</source>
            <translation>Schraffiert: 1 Tag, den der Patient bzw. die Patientin als Schmerzschub markiert hat.</translation>
        </message>
        <message>
            <source>Shaded: {count} days the patient marked as a flare-up.</source>
            <translation>Schraffiert: {count} Tage, die der Patient bzw. die Patientin als Schmerzschub markiert hat.</translation>
        </message>
        <message>
            <source>No weekly activity check-ins in this period.</source>
            <translation>Keine wöchentlichen Aktivitäts-Check-ins in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>on</source>
            <translation>am</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Erster Wert</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Letzter Wert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Activities named by the patient, each rated weekly from 0 (can't do it) to 10 (as well as before the problem). A change of 2 points in the average, or 3 in one activity, is taken as meaningful.</source>
            <translation>Vom Patienten bzw. von der Patientin genannte Aktivitäten, jede wöchentlich bewertet von 0 (geht nicht) bis 10 (so gut wie vor dem Problem). Eine Änderung des Durchschnitts um 2 Punkte oder einer Aktivität um 3 Punkte gilt als bedeutsam.</translation>
        </message>
        <message>
            <source>{symptoms} 1 time</source>
            <translation>{symptoms} 1-mal</translation>
        </message>
        <message>
            <source>{symptoms} {count} times</source>
            <translation>{symptoms} {count}-mal</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>In diesem Zeitraum keine gemeldet.</translation>
        </message>
        <message>
            <source>{shown} of {total} shown (every urgent one, then the latest). In this period: {counts}.</source>
            <translation>{shown} von {total} gezeigt (alle dringenden, dann die neuesten). In diesem Zeitraum: {counts}.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <source>{weeks} {days}</source>
            <translation>{weeks} {days}</translation>
        </message>
        <message>
            <source>No sessions in this period.</source>
            <translation>Keine Einheiten in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>The latest {shown} of {total} weeks; the totals above cover them all.</source>
            <translation>Die letzten {shown} von {total} Wochen; die Summen oben umfassen alle.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Keine in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>… and {count} more (the CSV export lists every session)</source>
            <translation>… und {count} weitere (der CSV-Export enthält jede Einheit)</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Session effect: pain after − before (average of 3 or more)</source>
            <translation>Effekt der Einheit: Schmerz nachher − vorher (Durchschnitt ab 3 Einheiten)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>switched to an easier version</source>
            <translation>zu einer leichteren Variante gewechselt</translation>
        </message>
        <message>
            <source>skipped the exercise</source>
            <translation>Übung übersprungen</translation>
        </message>
        <message>
            <source>stopped the session</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>carried on</source>
            <translation>weitergemacht</translation>
        </message>
        <message>
            <source>session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <source>pain check</source>
            <translation>Schmerzeintrag</translation>
        </message>
        <message>
            <source>flare day</source>
            <translation>Schubtag</translation>
        </message>
        <message>
            <source>No notes in this period.</source>
            <translation>Keine Notizen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Geschrieben</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>The latest {shown} of {total}; the CSV export lists them all.</source>
            <translation>Die letzten {shown} von {total}; der CSV-Export enthält alle.</translation>
        </message>
        <message>
            <source>No pain ratings in this period</source>
            <translation>Keine Schmerzbewertungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Schmerz 0–10</translation>
        </message>
        <message>
            <source>Daily average</source>
            <translation>Tagesdurchschnitt</translation>
        </message>
        <message>
            <source>7-day average (3+ ratings)</source>
            <translation>7-Tage-Durchschnitt (ab 3 Bewertungen)</translation>
        </message>
        <message>
            <source>Flare-up day</source>
            <translation>Schubtag</translation>
        </message>
    </context>
    <context>
        <name>ReportDate</name>
        <message>
            <source>Jan</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>August</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>September</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>November</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Import a routine file</source>
            <translation>Routinedatei importieren</translation>
        </message>
        <message>
            <source>Backtimer routine (*.zip *.toml)</source>
            <translation>Backtimer-Routine (*.zip *.toml)</translation>
        </message>
        <message>
            <source>Export routine file</source>
            <translation>Routinedatei exportieren</translation>
        </message>
        <message>
            <source>Backtimer routine (*.zip)</source>
            <translation>Backtimer-Routine (*.zip)</translation>
        </message>
        <message>
            <source>Routine notice</source>
            <translation>Hinweis zur Routine</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <source>Bring the routine back (Ctrl+Z)</source>
            <translation>Die Routine zurückholen (Strg+Z)</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>&amp;Neue Routine …</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>&amp;Duplizieren …</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Löschen &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Import routine file…</source>
            <translation>Routinedatei &amp;importieren …</translation>
        </message>
        <message>
            <source>E&amp;xport routine file…</source>
            <translation>Routinedatei e&amp;xportieren …</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>Routine löschen</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neue Routine</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>Routine duplizieren</translation>
        </message>
        <message>
            <source>Edit routine</source>
            <translation>Routine bearbeiten</translation>
        </message>
        <message>
            <source>Import routine file</source>
            <translation>Routinedatei importieren</translation>
        </message>
        <message>
            <source>Select a routine in the list first.</source>
            <translation>Wählen Sie zuerst eine Routine in der Liste aus.</translation>
        </message>
        <message>
            <source>Bundled routines cannot be changed</source>
            <translation>Mitgelieferte Routinen lassen sich nicht ändern</translation>
        </message>
        <message>
            <source>“{title}” comes with Backtimer and cannot be changed.

Make your own copy and edit that?</source>
            <translation>„{title}“ gehört zu Backtimer und lässt sich nicht ändern.

Eine eigene Kopie anlegen und diese bearbeiten?</translation>
        </message>
        <message>
            <source>Saved “{title}”.</source>
            <translation>„{title}“ gespeichert.</translation>
        </message>
        <message>
            <source>“{title}” comes with Backtimer and cannot be deleted.</source>
            <translation>„{title}“ gehört zu Backtimer und lässt sich nicht löschen.</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>„{title}“ gelöscht.</translation>
        </message>
        <message>
            <source>Restored “{title}”.</source>
            <translation>„{title}“ wiederhergestellt.</translation>
        </message>
        <message>
            <source>You already have this routine</source>
            <translation>Diese Routine haben Sie schon</translation>
        </message>
        <message>
            <source>{clash}

Import it?</source>
            <translation>{clash}

Trotzdem importieren?</translation>
        </message>
        <message>
            <source>Routine file not imported</source>
            <translation>Routinedatei nicht importiert</translation>
        </message>
        <message>
            <source>{file} was not imported: it has these problems.</source>
            <translation>{file} wurde nicht importiert: Die Datei hat diese Probleme.</translation>
        </message>
        <message>
            <source>Not imported: {error}</source>
            <translation>Nicht importiert: {error}</translation>
        </message>
        <message>
            <source>Your own exercise {old} was kept; the imported one is {new}.</source>
            <translation>Ihre eigene Übung {old} wurde behalten; die importierte heißt {new}.</translation>
        </message>
        <message>
            <source>Imported “{title}”.</source>
            <translation>„{title}“ importiert.</translation>
        </message>
        <message>
            <source>Exported “{title}” to {destination}.</source>
            <translation>„{title}“ exportiert nach {destination}.</translation>
        </message>
    </context>
    <context>
        <name>RoutineCheck</name>
        <message>
            <source>is not allowed with mode 'interval'; remove it</source>
            <translation>ist mit mode 'interval' nicht erlaubt; entfernen Sie es</translation>
        </message>
        <message>
            <source>is not used by mode {mode}, which takes: {keys}</source>
            <translation>wird von mode {mode} nicht verwendet; dieser Modus nimmt: {keys}</translation>
        </message>
        <message>
            <source>replaces reps and sets; give either pyramid = [5, 3, 1] or reps (and sets)</source>
            <translation>ersetzt reps und sets; geben Sie entweder pyramid = [5, 3, 1] oder reps (und sets) an</translation>
        </message>
        <message>
            <source>is required: a whole number from 1 to {high} per set (or a pyramid like [5, 3, 1])</source>
            <translation>ist erforderlich: eine ganze Zahl von 1 bis {high} pro Satz (oder eine Pyramide wie [5, 3, 1])</translation>
        </message>
        <message>
            <source>2–64 lowercase letters, digits or _, starting with a letter</source>
            <translation>2–64 Kleinbuchstaben, Ziffern oder _, beginnend mit einem Buchstaben</translation>
        </message>
        <message>
            <source>the text {text}</source>
            <translation>der Text {text}</translation>
        </message>
        <message>
            <source>an empty list</source>
            <translation>eine leere Liste</translation>
        </message>
        <message>
            <source>a list of 1 entry</source>
            <translation>eine Liste mit 1 Eintrag</translation>
        </message>
        <message>
            <source>a list of {count} entries</source>
            <translation>eine Liste mit {count} Einträgen</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
        <message>
            <source>a {kind} value</source>
            <translation>ein Wert vom Typ {kind}</translation>
        </message>
        <message>
            <source>; did you mean {choice}?</source>
            <translation>; meinten Sie {choice}?</translation>
        </message>
        <message>
            <source> Allowed here: {keys}</source>
            <translation> Hier erlaubt: {keys}</translation>
        </message>
        <message>
            <source>; allowed here: {keys}</source>
            <translation>; hier erlaubt: {keys}</translation>
        </message>
        <message>
            <source>unknown key {key}{hint}{allowed}</source>
            <translation>unbekannter Schlüssel {key}{hint}{allowed}</translation>
        </message>
        <message>
            <source>is required: a non-empty text</source>
            <translation>ist erforderlich: ein nicht leerer Text</translation>
        </message>
        <message>
            <source>must be a text in quotes, got {value}</source>
            <translation>muss ein Text in Anführungszeichen sein, gefunden: {value}</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must be at most {limit} characters, got {count}</source>
            <translation>darf höchstens {limit} Zeichen haben, hat aber {count}</translation>
        </message>
        <message>
            <source>is required: a list of {low} to {high} texts</source>
            <translation>ist erforderlich: eine Liste mit {low} bis {high} Texten</translation>
        </message>
        <message>
            <source>must be a list of texts, like ["…", "…"], got {value}</source>
            <translation>muss eine Liste von Texten sein, etwa ["…", "…"], gefunden: {value}</translation>
        </message>
        <message>
            <source>must have {low} to {high} entries, got {count}</source>
            <translation>muss {low} bis {high} Einträge haben, hat aber {count}</translation>
        </message>
        <message>
            <source>entry {position} must be a text, got {value}</source>
            <translation>Eintrag {position} muss ein Text sein, gefunden: {value}</translation>
        </message>
        <message>
            <source>entry {position} must not be empty</source>
            <translation>Eintrag {position} darf nicht leer sein</translation>
        </message>
        <message>
            <source>entry {position} {problem}</source>
            <translation>Eintrag {position} {problem}</translation>
        </message>
        <message>
            <source>a number of seconds from {low} to {high}</source>
            <translation>eine Anzahl Sekunden von {low} bis {high}</translation>
        </message>
        <message>
            <source> (write it without the decimal point)</source>
            <translation> (ohne Dezimalpunkt schreiben)</translation>
        </message>
        <message>
            <source>a list of 1 to {count} whole numbers from {low} to {high}</source>
            <translation>eine Liste mit 1 bis {count} ganzen Zahlen von {low} bis {high}</translation>
        </message>
        <message>
            <source>must be {rule}, like [5, 3, 1], got {value}</source>
            <translation>muss {rule} sein, etwa [5, 3, 1], gefunden: {value}</translation>
        </message>
        <message>
            <source>must be {rule}, but one entry is {value}</source>
            <translation>muss {rule} sein, aber ein Eintrag ist {value}</translation>
        </message>
        <message>
            <source>the id of an exercise</source>
            <translation>die ID einer Übung</translation>
        </message>
        <message>
            <source>an id</source>
            <translation>eine ID</translation>
        </message>
        <message>
            <source>must be {rule}; got {value}</source>
            <translation>muss aus {rule} bestehen; gefunden: {value}</translation>
        </message>
        <message>
            <source>must be an exercise id ({rule}) or ""; got {value}</source>
            <translation>muss eine Übungs-ID ({rule}) oder "" sein; gefunden: {value}</translation>
        </message>
        <message>
            <source> (write numbers without quotes)</source>
            <translation> (Zahlen ohne Anführungszeichen schreiben)</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>eine ganze Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <source>is required: {rule}</source>
            <translation>ist erforderlich: {rule}</translation>
        </message>
        <message>
            <source>must be {rule}, got {value}{hint}</source>
            <translation>muss {rule} sein, gefunden: {value}{hint}</translation>
        </message>
        <message>
            <source>one of {choices}</source>
            <translation>einer dieser Werte: {choices}</translation>
        </message>
        <message>
            <source>must be one of {choices}; got {value}{hint}</source>
            <translation>muss einer dieser Werte sein: {choices}; gefunden: {value}{hint}</translation>
        </message>
        <message>
            <source>holds only comments; {rule}</source>
            <translation>enthält nur Kommentare; {rule}</translation>
        </message>
        <message>
            <source>defines nothing; {rule}</source>
            <translation>definiert nichts; {rule}</translation>
        </message>
        <message>
            <source>is empty; {rule}</source>
            <translation>ist leer; {rule}</translation>
        </message>
        <message>
            <source>format {value} is newer than this Backtimer understands ({supported}); update Backtimer to use this file</source>
            <translation>Format {value} ist neuer, als dieser Backtimer versteht ({supported}); aktualisieren Sie Backtimer, um diese Datei zu verwenden</translation>
        </message>
        <message>
            <source>must be {supported}, got {value}</source>
            <translation>muss {supported} sein, gefunden: {value}</translation>
        </message>
        <message>
            <source>must be written as {header} tables (double brackets), one per item</source>
            <translation>muss als {header}-Tabellen geschrieben werden (doppelte eckige Klammern), eine pro Eintrag</translation>
        </message>
        <message>
            <source>must be {header} tables, got {value}</source>
            <translation>muss aus {header}-Tabellen bestehen, gefunden: {value}</translation>
        </message>
        <message>
            <source>must be a table written as {header}, got {value}</source>
            <translation>muss eine als {header} geschriebene Tabelle sein, gefunden: {value}</translation>
        </message>
        <message>
            <source>must name another exercise, not this one</source>
            <translation>muss eine andere Übung nennen, nicht diese</translation>
        </message>
        <message>
            <source>must be an [exercise.dose] table, got {value}</source>
            <translation>muss eine [exercise.dose]-Tabelle sein, gefunden: {value}</translation>
        </message>
        <message>
            <source>is not used here: the dose belongs to this exercise</source>
            <translation>wird hier nicht verwendet: Die Dosis gehört zu dieser Übung</translation>
        </message>
        <message>
            <source>must be an {suffixes} file name, got {value}</source>
            <translation>muss ein Dateiname mit {suffixes} sein, gefunden: {value}</translation>
        </message>
        <message>
            <source>must be an {suffixes} file name in resources/illustrations, without folders</source>
            <translation>muss ein Dateiname mit {suffixes} in resources/illustrations sein, ohne Ordner</translation>
        </message>
        <message>
            <source>must be an {suffixes} file name in the folder of this file, got {name}</source>
            <translation>muss ein Dateiname mit {suffixes} im Ordner dieser Datei sein, gefunden: {name}</translation>
        </message>
        <message>
            <source>belongs in a [[routine.block]] table, not in the routine itself</source>
            <translation>gehört in eine [[routine.block]]-Tabelle, nicht in die Routine selbst</translation>
        </message>
        <message>
            <source>is required: 1 to {high} [[routine.block]] tables</source>
            <translation>ist erforderlich: 1 bis {high} [[routine.block]]-Tabellen</translation>
        </message>
        <message>
            <source>must have 1 to {high} blocks, got {count}</source>
            <translation>muss 1 bis {high} Blöcke haben, hat aber {count}</translation>
        </message>
        <message>
            <source>contains the invisible control character {code} at character {position}; remove it (only tabs and line breaks are allowed)</source>
            <translation>enthält das unsichtbare Steuerzeichen {code} an Zeichen {position}; entfernen Sie es (erlaubt sind nur Tabulatoren und Zeilenumbrüche)</translation>
        </message>
        <message>
            <source>contains the invisible format character {code} at character {position}; remove it (a name or title must show every character it holds)</source>
            <translation>enthält das unsichtbare Formatzeichen {code} an Zeichen {position}; entfernen Sie es (ein Name oder Titel muss jedes seiner Zeichen zeigen)</translation>
        </message>
        <message>
            <source>a routine file needs at least one [[routine]] or [[exercise]] table</source>
            <translation>eine Routinedatei braucht mindestens eine [[routine]]- oder [[exercise]]-Tabelle</translation>
        </message>
        <message>
            <source>is a folder, not a routine file</source>
            <translation>ist ein Ordner, keine Routinedatei</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>is blank (only spaces and line breaks); {rule}</source>
            <translation>ist leer (nur Leerzeichen und Zeilenumbrüche); {rule}</translation>
        </message>
        <message>
            <source>is larger than 1 MiB; routine files must be at most 1 MiB, so it was not read</source>
            <translation>ist größer als 1 MiB; Routinedateien dürfen höchstens 1 MiB groß sein, daher wurde sie nicht gelesen</translation>
        </message>
        <message>
            <source>is nested too deeply to read as TOML; simplify it</source>
            <translation>ist zu tief verschachtelt, um als TOML gelesen zu werden; vereinfachen Sie sie</translation>
        </message>
        <message>
            <source>is not a regular file ({kind}), so it was not read</source>
            <translation>ist keine gewöhnliche Datei ({kind}) und wurde daher nicht gelesen</translation>
        </message>
        <message>
            <source>file not found: {file}; put the picture beside this file or remove the key</source>
            <translation>Datei nicht gefunden: {file}; legen Sie das Bild neben diese Datei oder entfernen Sie den Schlüssel</translation>
        </message>
        <message>
            <source>{file} is a link to a file outside this routine's folder, which is not followed; copy the picture itself beside this file</source>
            <translation>{file} ist ein Verweis auf eine Datei außerhalb des Ordners dieser Routine, dem nicht gefolgt wird; kopieren Sie das Bild selbst neben diese Datei</translation>
        </message>
        <message>
            <source>{file} is not a regular file ({kind}); use a .svg or .png picture</source>
            <translation>{file} ist keine gewöhnliche Datei ({kind}); verwenden Sie ein .svg- oder .png-Bild</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>eine benannte Pipe</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ein Gerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>eine Spezialdatei</translation>
        </message>
        <message>
            <source>is not UTF-8 text: byte {byte} at column {column}; save the file with UTF-8 encoding</source>
            <translation>ist kein UTF-8-Text: Byte {byte} in Spalte {column}; speichern Sie die Datei in der Kodierung UTF-8</translation>
        </message>
        <message>
            <source> (column {column})</source>
            <translation> (Spalte {column})</translation>
        </message>
        <message>
            <source> (at the end of the file)</source>
            <translation> (am Ende der Datei)</translation>
        </message>
        <message>
            <source>not valid TOML: {detail}{column}</source>
            <translation>kein gültiges TOML: {detail}{column}</translation>
        </message>
        <message>
            <source>could not be checked because of an internal error; please report it</source>
            <translation>konnte wegen eines internen Fehlers nicht geprüft werden; bitte melden Sie ihn</translation>
        </message>
        <message>
            <source>id {id} is already used by the exercise at line {line} of this file; give this one a new id</source>
            <translation>ID {id} wird schon von der Übung in Zeile {line} dieser Datei verwendet; geben Sie dieser eine neue ID</translation>
        </message>
        <message>
            <source>id {id} is already used by the routine at line {line} of this file; give this one a new id</source>
            <translation>ID {id} wird schon von der Routine in Zeile {line} dieser Datei verwendet; geben Sie dieser eine neue ID</translation>
        </message>
        <message>
            <source>id {id} is already used by the bundled exercise {title}; to change a bundled one, copy it under a new id</source>
            <translation>ID {id} wird schon von der mitgelieferten Übung {title} verwendet; um eine mitgelieferte zu ändern, kopieren Sie sie unter einer neuen ID</translation>
        </message>
        <message>
            <source>id {id} is already used by the bundled routine {title}; to change a bundled one, copy it under a new id</source>
            <translation>ID {id} wird schon von der mitgelieferten Routine {title} verwendet; um eine mitgelieferte zu ändern, kopieren Sie sie unter einer neuen ID</translation>
        </message>
        <message>
            <source>id {id} is already used by the exercise {title} in {place}; give this one a new id</source>
            <translation>ID {id} wird schon von der Übung {title} in {place} verwendet; geben Sie dieser eine neue ID</translation>
        </message>
        <message>
            <source>id {id} is already used by the routine {title} in {place}; give this one a new id</source>
            <translation>ID {id} wird schon von der Routine {title} in {place} verwendet; geben Sie dieser eine neue ID</translation>
        </message>
        <message>
            <source>makes a loop: {loop}; each easier version must lead further, never back to an exercise already on the way</source>
            <translation>bildet eine Schleife: {loop}; jede leichtere Variante muss weiterführen, nie zurück zu einer Übung, die schon auf dem Weg liegt</translation>
        </message>
        <message>
            <source>makes a loop: {loop}; each harder version must lead further, never back to an exercise already on the way</source>
            <translation>bildet eine Schleife: {loop}; jede schwerere Variante muss weiterführen, nie zurück zu einer Übung, die schon auf dem Weg liegt</translation>
        </message>
        <message>
            <source>unknown exercise {id}; it is defined in {file}, which was skipped for its own problems</source>
            <translation>unbekannte Übung {id}; sie ist in {file} definiert, die wegen eigener Probleme übersprungen wurde</translation>
        </message>
        <message>
            <source>unknown exercise {id}{hint} Use the id of a bundled exercise or of one in your own files</source>
            <translation>unbekannte Übung {id}{hint} Verwenden Sie die ID einer mitgelieferten Übung oder einer aus Ihren eigenen Dateien</translation>
        </message>
        <message>
            <source>unknown exercise {id}; use the id of a bundled exercise or of one in your own files</source>
            <translation>unbekannte Übung {id}; verwenden Sie die ID einer mitgelieferten Übung oder einer aus Ihren eigenen Dateien</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditorDialog</name>
        <message>
            <source>Edit routine</source>
            <translation>Routine bearbeiten</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neue Routine</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Gesamtzeit</translation>
        </message>
        <message>
            <source>Why Save is off</source>
            <translation>Warum Speichern nicht geht</translation>
        </message>
        <message>
            <source>Save the routine (Ctrl+S)</source>
            <translation>Routine speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Routine title</source>
            <translation>Titel der Routine</translation>
        </message>
        <message>
            <source>e.g. My physio programme</source>
            <translation>z. B. Mein Physio-Programm</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Dateiname</translation>
        </message>
        <message>
            <source>Problem with the title</source>
            <translation>Problem beim Titel</translation>
        </message>
        <message>
            <source>Routine category</source>
            <translation>Kategorie der Routine</translation>
        </message>
        <message>
            <source>Routine level</source>
            <translation>Stufe der Routine</translation>
        </message>
        <message>
            <source>Routine summary</source>
            <translation>Zusammenfassung der Routine</translation>
        </message>
        <message>
            <source>One or two sentences shown in the library</source>
            <translation>Ein oder zwei Sätze, die in der Bibliothek erscheinen</translation>
        </message>
        <message>
            <source>Problem with the summary</source>
            <translation>Problem bei der Zusammenfassung</translation>
        </message>
        <message>
            <source>Get-ready time before each exercise</source>
            <translation>Vorbereitungszeit vor jeder Übung</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Stufe:</translation>
        </message>
        <message>
            <source>&amp;Get ready:</source>
            <translation>&amp;Vorbereiten:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>&amp;Zusammenfassung:</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Exercises in this routine</source>
            <translation>Übungen dieser Routine</translation>
        </message>
        <message>
            <source>Insert adds, Delete removes, Alt+Up and Alt+Down move the selected exercise</source>
            <translation>Einfg fügt hinzu, Entf entfernt, Alt+Pfeil hoch und Alt+Pfeil runter verschieben die gewählte Übung</translation>
        </message>
        <message>
            <source>Problem with the exercises</source>
            <translation>Problem bei den Übungen</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen …</translation>
        </message>
        <message>
            <source>Add an exercise after the selected one (Insert)</source>
            <translation>Eine Übung nach der gewählten hinzufügen (Einfg)</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected exercise (Delete)</source>
            <translation>Die gewählte Übung entfernen (Entf)</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>Übung entfernen</translation>
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move the selected exercise up (Alt+Up)</source>
            <translation>Die gewählte Übung nach oben schieben (Alt+Pfeil hoch)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Move the selected exercise down (Alt+Down)</source>
            <translation>Die gewählte Übung nach unten schieben (Alt+Pfeil runter)</translation>
        </message>
        <message>
            <source>&amp;Exercises, in order:</source>
            <translation>Ü&amp;bungen, in Reihenfolge:</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Dosage of the selected exercise</source>
            <translation>Dosierung der gewählten Übung</translation>
        </message>
        <message>
            <source>A routine has at most {MAX_BLOCKS} exercises.</source>
            <translation>Eine Routine hat höchstens {MAX_BLOCKS} Übungen.</translation>
        </message>
        <message>
            <source>Give the routine a title.</source>
            <translation>Geben Sie der Routine einen Titel.</translation>
        </message>
        <message>
            <source>Write a one-line summary for the library.</source>
            <translation>Schreiben Sie eine einzeilige Zusammenfassung für die Bibliothek.</translation>
        </message>
        <message>
            <source>Add at least one exercise (Insert, or the Add button).</source>
            <translation>Fügen Sie mindestens eine Übung hinzu (Einfg oder die Schaltfläche „Hinzufügen“).</translation>
        </message>
        <message>
            <source>Exercise {number}: {message}</source>
            <translation>Übung {number}: {message}</translation>
        </message>
        <message>
            <source>{mark}{value}. {exercise_name} — {dosage}</source>
            <translation>{mark}{value}. {exercise_name} – {dosage}</translation>
        </message>
        <message>
            <source>Saved as {routine_id}.toml in your routines folder</source>
            <translation>Gespeichert als {routine_id}.toml in Ihrem Routinen-Ordner</translation>
        </message>
        <message>
            <source>Total: {format_seconds}  (about {round} min)</source>
            <translation>Gesamt: {format_seconds}  (etwa {round} Min.)</translation>
        </message>
        <message>
            <source>Not saved; the file would have problems:
{lines}</source>
            <translation>Nicht gespeichert; die Datei hätte Probleme:
{lines}</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>RoutineStore</name>
        <message>
            <source>Nothing was saved, because of these problems:
{lines}</source>
            <translation>Es wurde nichts gespeichert, wegen dieser Probleme:
{lines}</translation>
        </message>
        <message>
            <source>“{title}” is a bundled routine and cannot be changed; duplicate it and edit the copy.</source>
            <translation>„{title}“ ist eine mitgelieferte Routine und kann nicht geändert werden; duplizieren Sie sie und bearbeiten Sie die Kopie.</translation>
        </message>
        <message>
            <source>{path} already exists and holds something else; rename or move that file first, or give the routine another title.</source>
            <translation>{path} existiert bereits und enthält etwas anderes; benennen Sie diese Datei zuerst um oder verschieben Sie sie, oder geben Sie der Routine einen anderen Titel.</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (Kopie)</translation>
        </message>
        <message>
            <source>“{title}” is a bundled routine; it cannot be deleted.</source>
            <translation>„{title}“ ist eine mitgelieferte Routine; sie kann nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>Cannot bring back “{title}”: {original} has been created or changed since. The deleted file is kept at {kept}.</source>
            <translation>„{title}“ kann nicht zurückgeholt werden: {original} wurde seitdem angelegt oder geändert. Die gelöschte Datei liegt weiterhin unter {kept}.</translation>
        </message>
        <message>
            <source>Cannot bring back “{title}”: {reason}. The deleted file is kept at {kept}.</source>
            <translation>„{title}“ kann nicht zurückgeholt werden: {reason}. Die gelöschte Datei liegt weiterhin unter {kept}.</translation>
        </message>
        <message>
            <source>{path} already exists; give the new item another name so it gets a new id.</source>
            <translation>{path} existiert bereits; geben Sie dem neuen Eintrag einen anderen Namen, damit er eine neue ID bekommt.</translation>
        </message>
        <message>
            <source>{target} already exists; move it away first.</source>
            <translation>{target} existiert bereits; verschieben Sie es zuerst.</translation>
        </message>
        <message>
            <source>Cannot read the picture {source}: {reason}.</source>
            <translation>Das Bild {source} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>The picture {source} is larger than {limit} MiB; choose a smaller one.</source>
            <translation>Das Bild {source} ist größer als {limit} MiB; wählen Sie ein kleineres.</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}. Check that the folder exists and is writable.</source>
            <translation>In {folder} kann nicht geschrieben werden: {reason}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
        </message>
        <message>
            <source>Cannot save {target}: {reason}.</source>
            <translation>{target} kann nicht gespeichert werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>SafetyDialog</name>
        <message>
            <source>Welcome: please read</source>
            <translation>Willkommen: bitte lesen</translation>
        </message>
        <message>
            <source>When to get help</source>
            <translation>Wann Sie Hilfe holen sollten</translation>
        </message>
        <message>
            <source>Welcome to Backtimer</source>
            <translation>Willkommen bei Backtimer</translation>
        </message>
        <message>
            <source>Safety information</source>
            <translation>Sicherheitshinweise</translation>
        </message>
        <message>
            <source>I understand</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>SessionDetailDialog</name>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>made it easier</source>
            <translation>leichter gemacht</translation>
        </message>
        <message>
            <source>skipped the exercise</source>
            <translation>Übung übersprungen</translation>
        </message>
        <message>
            <source>stopped the session</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>carried on</source>
            <translation>weitergemacht</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Pain before the session, 0 to 10</source>
            <translation>Schmerz vor der Einheit, 0 bis 10</translation>
        </message>
        <message>
            <source>Pain after the session, 0 to 10</source>
            <translation>Schmerz nach der Einheit, 0 bis 10</translation>
        </message>
        <message>
            <source>Note on the pain before the session</source>
            <translation>Notiz zum Schmerz vor der Einheit</translation>
        </message>
        <message>
            <source>Note on the pain after the session</source>
            <translation>Notiz zum Schmerz nach der Einheit</translation>
        </message>
        <message>
            <source>Symptoms with the pain before the session</source>
            <translation>Beschwerden mit dem Schmerz vor der Einheit</translation>
        </message>
        <message>
            <source>Symptoms with the pain after the session</source>
            <translation>Beschwerden mit dem Schmerz nach der Einheit</translation>
        </message>
        <message>
            <source>pain {score}/10, </source>
            <translation>Schmerz {score}/10, </translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Details der Einheit</translation>
        </message>
        <message>
            <source>Pain (0 = none, 10 = worst imaginable)</source>
            <translation>Schmerz (0 = keine Schmerzen, 10 = stärkste vorstellbare Schmerzen)</translation>
        </message>
        <message>
            <source>“This hurts” during the session</source>
            <translation>„Das tut weh“ während der Einheit</translation>
        </message>
        <message>
            <source>Steps of the session</source>
            <translation>Schritte der Einheit</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>How did it go? Anything to tell your physiotherapist?</source>
            <translation>Wie lief es? Etwas, das Sie Ihrer Physiotherapie sagen möchten?</translation>
        </message>
        <message>
            <source>Session note</source>
            <translation>Notiz zur Einheit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>Änderungen &amp;speichern</translation>
        </message>
        <message>
            <source> · effort {effort}/10</source>
            <translation> · Anstrengung {effort}/10</translation>
        </message>
        <message>
            <source>{done} done of {planned} planned</source>
            <translation>{done} von geplanten {planned} geschafft</translation>
        </message>
        <message>
            <source>Session effect: {change}. {meaning}</source>
            <translation>Effekt der Einheit: {change}. {meaning}</translation>
        </message>
        <message>
            <source>Not pressed in this session.</source>
            <translation>In dieser Einheit nicht gedrückt.</translation>
        </message>
        <message>
            <source>{label} ({time}):</source>
            <translation>{label} ({time}):</translation>
        </message>
        <message>
            <source>With: {symptoms}</source>
            <translation>Mit: {symptoms}</translation>
        </message>
        <message>
            <source>No pain score was recorded for this session.</source>
            <translation>Für diese Einheit wurde kein Schmerzwert eingetragen.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save your changes to this session?</source>
            <translation>Ihre Änderungen an dieser Einheit speichern?</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>, {count} skipped</source>
            <translation>, {count} übersprungen</translation>
        </message>
        <message>
            <source>{done} of 1 step</source>
            <translation>{done} von 1 Schritt</translation>
        </message>
        <message>
            <source>{done} of {planned} steps</source>
            <translation>{done} von {planned} Schritten</translation>
        </message>
        <message>
            <source>1 step</source>
            <translation>1 Schritt</translation>
        </message>
        <message>
            <source>{count} steps</source>
            <translation>{count} Schritten</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Vollständig</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Stopped after {steps}</source>
            <translation>Beendet nach {steps}</translation>
        </message>
        <message>
            <source>Interrupted after {steps}</source>
            <translation>Unterbrochen nach {steps}</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Läuft noch</translation>
        </message>
        <message>
            <source>Needs both a pain score before and after the session.</source>
            <translation>Braucht einen Schmerzwert vor und nach der Einheit.</translation>
        </message>
        <message>
            <source>Pain was the same before and after the session.</source>
            <translation>Der Schmerz war vor und nach der Einheit gleich.</translation>
        </message>
        <message>
            <source>Pain was 1 point lower after the session than before it.</source>
            <translation>Der Schmerz war nach der Einheit 1 Punkt niedriger als davor.</translation>
        </message>
        <message>
            <source>Pain was 1 point higher after the session than before it.</source>
            <translation>Der Schmerz war nach der Einheit 1 Punkt höher als davor.</translation>
        </message>
        <message>
            <source>Pain was {points} points lower after the session than before it.</source>
            <translation>Der Schmerz war nach der Einheit {points} Punkte niedriger als davor.</translation>
        </message>
        <message>
            <source>Pain was {points} points higher after the session than before it.</source>
            <translation>Der Schmerz war nach der Einheit {points} Punkte höher als davor.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Time done</source>
            <translation>Geübte Zeit</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Pain before → after</source>
            <translation>Schmerz vorher → nachher</translation>
        </message>
        <message>
            <source>Session effect</source>
            <translation>Effekt der Einheit</translation>
        </message>
        <message>
            <source>“This hurts”</source>
            <translation>„Das tut weh“</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>When the session started, in the local time where you were</source>
            <translation>Wann die Einheit begann, in der Ortszeit, wo Sie waren</translation>
        </message>
        <message>
            <source>The routine you followed</source>
            <translation>Die Routine, die Sie gemacht haben</translation>
        </message>
        <message>
            <source>Time actually spent on the steps (minutes:seconds)</source>
            <translation>Tatsächlich mit den Schritten verbrachte Zeit (Minuten:Sekunden)</translation>
        </message>
        <message>
            <source>Whether you finished the routine</source>
            <translation>Ob Sie die Routine abgeschlossen haben</translation>
        </message>
        <message>
            <source>Pain 0–10 right before and right after the session</source>
            <translation>Schmerz 0–10 direkt vor und direkt nach der Einheit</translation>
        </message>
        <message>
            <source>Session effect: pain after minus pain before; negative means the session eased it</source>
            <translation>Effekt der Einheit: Schmerz nachher minus Schmerz vorher; negativ heißt, die Einheit hat ihn gelindert</translation>
        </message>
        <message>
            <source>How often you pressed “This hurts” during the session</source>
            <translation>Wie oft Sie während der Einheit „Das tut weh“ gedrückt haben</translation>
        </message>
        <message>
            <source>Your note about the session</source>
            <translation>Ihre Notiz zur Einheit</translation>
        </message>
        <message>
            <source>{done} done of {planned} planned</source>
            <translation>{done} von geplanten {planned} geschafft</translation>
        </message>
        <message>
            <source>“This hurts” pressed once</source>
            <translation>„Das tut weh“ einmal gedrückt</translation>
        </message>
        <message>
            <source>“This hurts” pressed {count} times</source>
            <translation>„Das tut weh“ {count}-mal gedrückt</translation>
        </message>
        <message>
            <source>Press Enter or double-click to see the steps and edit notes</source>
            <translation>Eingabetaste oder Doppelklick, um die Schritte zu sehen und Notizen zu bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Bereiche der Einstellungen</translation>
        </message>
        <message>
            <source>So&amp;und and voice</source>
            <translation>&amp;Ton und Stimme</translation>
        </message>
        <message>
            <source>&amp;Workout</source>
            <translation>T&amp;raining</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <source>R&amp;eminders</source>
            <translation>&amp;Erinnerungen</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>Da&amp;ten</translation>
        </message>
        <message>
            <source>Play &amp;sounds</source>
            <translation>&amp;Töne abspielen</translation>
        </message>
        <message>
            <source>Sounds at each step</source>
            <translation>Töne bei jedem Schritt</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Loudness of sounds and voice</source>
            <translation>Lautstärke von Tönen und Stimme</translation>
        </message>
        <message>
            <source>&amp;Test sound and voice</source>
            <translation>Ton und Stimme &amp;testen</translation>
        </message>
        <message>
            <source>Test sound and voice</source>
            <translation>Ton und Stimme testen</translation>
        </message>
        <message>
            <source>Plays the start sound</source>
            <translation>Spielt den Startton</translation>
        </message>
        <message>
            <source>Speak &amp;cues</source>
            <translation>&amp;Hinweise ansagen</translation>
        </message>
        <message>
            <source>Says each exercise aloud</source>
            <translation>Sagt jede Übung laut an</translation>
        </message>
        <message>
            <source>Count the last seconds &amp;aloud</source>
            <translation>Die letzten Sekunden &amp;laut zählen</translation>
        </message>
        <message>
            <source>Says 3, 2, 1 before a step ends</source>
            <translation>Sagt 3, 2, 1, bevor ein Schritt endet</translation>
        </message>
        <message>
            <source>&amp;Beep in the last seconds</source>
            <translation>&amp;Piepton in den letzten Sekunden</translation>
        </message>
        <message>
            <source>A tick for each of the last seconds</source>
            <translation>Ein Ticken für jede der letzten Sekunden</translation>
        </message>
        <message>
            <source>Speech rate</source>
            <translation>Sprechtempo</translation>
        </message>
        <message>
            <source>Slower to the left</source>
            <translation>Nach links langsamer</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>The speech engine's voices</source>
            <translation>Die Stimmen der Sprachausgabe</translation>
        </message>
        <message>
            <source>Looking for voices…</source>
            <translation>Stimmen werden gesucht …</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>&amp;Lautstärke:</translation>
        </message>
        <message>
            <source>Speech &amp;rate:</source>
            <translation>Sprech&amp;tempo:</translation>
        </message>
        <message>
            <source>V&amp;oice:</source>
            <translation>St&amp;imme:</translation>
        </message>
        <message>
            <source>Each routine's own</source>
            <translation>Wie in der Routine</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Get-ready time before each exercise</source>
            <translation>Vorbereitungszeit vor jeder Übung</translation>
        </message>
        <message>
            <source>Seconds; the lowest value keeps each routine's own time</source>
            <translation>Sekunden; der kleinste Wert behält die Zeit der jeweiligen Routine</translation>
        </message>
        <message>
            <source>Start workouts in &amp;floor mode</source>
            <translation>Trainings im &amp;Bodenmodus starten</translation>
        </message>
        <message>
            <source>Full screen, large text</source>
            <translation>Vollbild, große Schrift</translation>
        </message>
        <message>
            <source>Ask for a pain score &amp;before a workout</source>
            <translation>Schmerzwert &amp;vor dem Training abfragen</translation>
        </message>
        <message>
            <source>Skippable with Esc</source>
            <translation>Mit Esc überspringbar</translation>
        </message>
        <message>
            <source>Ask for a pain score &amp;after a workout</source>
            <translation>Schmerzwert &amp;nach dem Training abfragen</translation>
        </message>
        <message>
            <source>Ask how your back is the &amp;morning after a workout</source>
            <translation>Am &amp;Morgen nach einem Training nach dem Rücken fragen</translation>
        </message>
        <message>
            <source>Before noon, once; it tells whether the workout settled by the next day</source>
            <translation>Einmal vor Mittag; so zeigt sich, ob sich der Rücken bis zum nächsten Tag beruhigt hat</translation>
        </message>
        <message>
            <source>&amp;Get-ready time:</source>
            <translation>&amp;Vorbereitungszeit:</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>Light or dark colours</source>
            <translation>Helle oder dunkle Farben</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>&amp;Remind me to exercise</source>
            <translation>Ans Üben &amp;erinnern</translation>
        </message>
        <message>
            <source>A desktop notification</source>
            <translation>Eine Desktop-Benachrichtigung</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>Hours and minutes</source>
            <translation>Stunden und Minuten</translation>
        </message>
        <message>
            <source>Routine to suggest</source>
            <translation>Vorgeschlagene Routine</translation>
        </message>
        <message>
            <source>Named in the reminder</source>
            <translation>Wird in der Erinnerung genannt</translation>
        </message>
        <message>
            <source>Start Backtimer when I &amp;log in</source>
            <translation>Backtimer bei der &amp;Anmeldung starten</translation>
        </message>
        <message>
            <source>So reminders can appear</source>
            <translation>Damit Erinnerungen erscheinen können</translation>
        </message>
        <message>
            <source>On these days:</source>
            <translation>An diesen Tagen:</translation>
        </message>
        <message>
            <source>At &amp;time:</source>
            <translation>&amp;Uhrzeit:</translation>
        </message>
        <message>
            <source>R&amp;outine:</source>
            <translation>R&amp;outine:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Your journal, backups and routines are kept here</source>
            <translation>Hier liegen Ihr Tagebuch, Sicherungen und Routinen</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <source>In the file manager</source>
            <translation>In der Dateiverwaltung</translation>
        </message>
        <message>
            <source>Your journal, its daily backups and your own routines live in this folder. To keep them somewhere else, start Backtimer with &lt;code&gt;--data-dir FOLDER&lt;/code&gt; or set the &lt;code&gt;BACKTIMER_DATA_DIR&lt;/code&gt; environment variable.</source>
            <translation>Ihr Tagebuch, seine täglichen Sicherungen und Ihre eigenen Routinen liegen in diesem Ordner. Um sie woanders aufzubewahren, starten Sie Backtimer mit &lt;code&gt;--data-dir FOLDER&lt;/code&gt; oder setzen Sie die Umgebungsvariable &lt;code&gt;BACKTIMER_DATA_DIR&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Data &amp;folder:</source>
            <translation>Daten&amp;ordner:</translation>
        </message>
        <message>
            <source>The engine's default voice</source>
            <translation>Die Standardstimme der Sprachausgabe</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Langsamer</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Schneller</translation>
        </message>
        <message>
            <source>%1, from -1 to 1</source>
            <translation>%1, von -1 bis 1</translation>
        </message>
        <message numerus="yes">
            <source>%n voice(s) available.</source>
            <translation>
                <numerusform>%n Stimme verfügbar.</numerusform>
                <numerusform>%n Stimmen verfügbar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Voice cannot work here: %1.</source>
            <translation>Die Stimme funktioniert hier nicht: %1.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>{file} was not imported because it has problems:
</source>
            <translation>{file} wurde nicht importiert, weil sie Probleme hat:
</translation>
        </message>
        <message>
            <source>You already have a routine with the id {routine_id!r} (“{existing_title}”). Import this one under the new id {suggested_id!r} to keep both.</source>
            <translation>Sie haben bereits eine Routine mit der ID {routine_id!r} („{existing_title}“). Importieren Sie diese unter der neuen ID {suggested_id!r}, um beide zu behalten.</translation>
        </message>
        <message>
            <source>Cannot write the routine file: {refusal}.</source>
            <translation>Die Routinedatei kann nicht geschrieben werden: {refusal}.</translation>
        </message>
        <message>
            <source>Cannot write {destination}: {reason}. Choose a folder you can write to.</source>
            <translation>{destination} kann nicht geschrieben werden: {reason}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Cannot share the picture: {refused}.</source>
            <translation>Das Bild kann nicht weitergegeben werden: {refused}.</translation>
        </message>
        <message>
            <source>The picture {picture} is too big to share; use a smaller file.</source>
            <translation>Das Bild {picture} ist zu groß zum Weitergeben; verwenden Sie eine kleinere Datei.</translation>
        </message>
        <message>
            <source>{file} is too big to be a shared routine; it was not imported.</source>
            <translation>{file} ist zu groß für eine weitergegebene Routine; die Datei wurde nicht importiert.</translation>
        </message>
        <message>
            <source>{file} is protected by a password, so it cannot be read. Ask for the routine to be shared again without a password.</source>
            <translation>{file} ist mit einem Passwort geschützt und kann daher nicht gelesen werden. Bitten Sie darum, die Routine noch einmal ohne Passwort weiterzugeben.</translation>
        </message>
        <message>
            <source>{file} is damaged: {member} has the wrong size.</source>
            <translation>{file} ist beschädigt: {member} hat die falsche Größe.</translation>
        </message>
        <message>
            <source>{file} is not a Backtimer routine file (a .zip or .toml), or it is damaged; it was not imported.</source>
            <translation>{file} ist keine Backtimer-Routinedatei (.zip oder .toml) oder sie ist beschädigt; sie wurde nicht importiert.</translation>
        </message>
        <message>
            <source>Cannot read {file}: it {error}.</source>
            <translation>{file} kann nicht gelesen werden: Die Datei {error}.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation>{file} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{file} holds {name!r} as a link or special file, which a shared routine never contains; it was not imported.</source>
            <translation>{file} enthält {name!r} als Verweis oder Spezialdatei, was eine weitergegebene Routine nie enthält; die Datei wurde nicht importiert.</translation>
        </message>
        <message>
            <source>{file} holds {name!r}, which a shared routine never contains; it was not imported.</source>
            <translation>{file} enthält {name!r}, was eine weitergegebene Routine nie enthält; die Datei wurde nicht importiert.</translation>
        </message>
        <message>
            <source>{file} holds {count} routine files; a shared routine holds exactly one.</source>
            <translation>{file} enthält {count} Routinedateien; eine weitergegebene Routine enthält genau eine.</translation>
        </message>
        <message>
            <source>{file} holds {count} routines; a shared routine file holds exactly one. To use them all, copy the file into your routines folder instead.</source>
            <translation>{file} enthält {count} Routinen; eine weitergegebene Routinedatei enthält genau eine. Um alle zu nutzen, kopieren Sie die Datei stattdessen in Ihren Routinenordner.</translation>
        </message>
        <message>
            <source>{file}: the picture {picture} is not a PNG image; it was not imported.</source>
            <translation>{file}: Das Bild {picture} ist kein PNG-Bild; es wurde nicht importiert.</translation>
        </message>
        <message>
            <source>{file}: the picture {picture} is not a plain SVG drawing (it declares entities, holds a script or links to other files); it was not imported.</source>
            <translation>{file}: Das Bild {picture} ist keine einfache SVG-Zeichnung (es deklariert Entitäten, enthält ein Skript oder verweist auf andere Dateien); es wurde nicht importiert.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>process {pid}</source>
            <translation>Prozess {pid}</translation>
        </message>
        <message>
            <source>another process</source>
            <translation>ein anderer Prozess</translation>
        </message>
        <message>
            <source>Backtimer is already running for the data folder {folder} ({who}), but that window did not answer. Switch to it, or close it and start Backtimer again. If it is stuck, end that process first: your journal is safe, every completed step is saved as it happens.</source>
            <translation>Backtimer läuft bereits für den Datenordner {folder} ({who}), aber dieses Fenster hat nicht geantwortet. Wechseln Sie dorthin oder schließen Sie es und starten Sie Backtimer erneut. Wenn es hängt, beenden Sie zuerst diesen Prozess: Ihr Tagebuch ist sicher, jeder abgeschlossene Schritt wird sofort gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>TodayController</name>
        <message>
            <source>Flare mode is on: today is marked as a flare day.</source>
            <translation>Der Schubmodus ist an: Heute ist als Schubtag markiert.</translation>
        </message>
        <message>
            <source>Next time: {changes}</source>
            <translation>Beim nächsten Mal: {changes}</translation>
        </message>
        <message>
            <source> It is used from the next start of Backtimer.</source>
            <translation> Sie gilt ab dem nächsten Start von Backtimer.</translation>
        </message>
        <message>
            <source>Saved “{title}”: {changes}.</source>
            <translation>„{title}“ gespeichert: {changes}.</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Stop the 12-week plan?</source>
            <translation>Den 12-Wochen-Plan beenden?</translation>
        </message>
        <message>
            <source>Stop the 12-week plan? Starting it again begins at week 1.</source>
            <translation>Den 12-Wochen-Plan beenden? Wenn Sie ihn wieder starten, beginnt er mit Woche 1.</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>Hallo</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Guten Morgen</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>Guten Tag</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>Guten Abend</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>I'm feeling better — end flare mode</source>
            <translation>Es geht mir besser – Schubmodus beenden</translation>
        </message>
        <message>
            <source>Show the flare plan</source>
            <translation>Schubplan zeigen</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>Heute geschafft</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Suggested for today</source>
            <translation>Vorschlag für heute</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>When to get help</source>
            <translation>Wann Sie Hilfe holen sollten</translation>
        </message>
        <message>
            <source>I'm having a flare-up</source>
            <translation>Ich habe einen Schmerzschub</translation>
        </message>
        <message>
            <source>Shows the flare plan and switches to it</source>
            <translation>Zeigt den Schubplan und wechselt zu ihm</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <comment>date format</comment>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <source>No routine available</source>
            <translation>Keine Routine verfügbar</translation>
        </message>
        <message>
            <source>about {duration}</source>
            <translation>etwa {duration}</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>{title} starten</translation>
        </message>
        <message>
            <source>✔ Done today</source>
            <translation>✔ Heute geschafft</translation>
        </message>
        <message>
            <source>Not done yet today (you did: {others})</source>
            <translation>Heute noch nicht gemacht (schon gemacht: {others})</translation>
        </message>
        <message>
            <source>Not done yet today</source>
            <translation>Heute noch nicht gemacht</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Switch to the flare plan</source>
            <translation>Zum Schubplan wechseln</translation>
        </message>
        <message>
            <source>Yes, change my routine</source>
            <translation>Ja, meine Routine ändern</translation>
        </message>
        <message>
            <source>Do it next time</source>
            <translation>Beim nächsten Mal</translation>
        </message>
        <message>
            <source>12-week plan</source>
            <translation>12-Wochen-Plan</translation>
        </message>
        <message>
            <source>From {back_basics} to {core_control} in 12 weeks: 2–3 strength sessions a week, walking on the other days, one small step up at a time.</source>
            <translation>In 12 Wochen von „{back_basics}“ zu „{core_control}“: 2–3 Krafteinheiten pro Woche, an den anderen Tagen Gehen, immer nur ein kleiner Schritt nach oben.</translation>
        </message>
        <message>
            <source>Start the 12-week plan</source>
            <translation>Den 12-Wochen-Plan beginnen</translation>
        </message>
        <message>
            <source>&lt;b&gt;{weeks}&lt;/b&gt; · Walking: {walking}.&lt;br&gt;Daily, optional: {daily}.&lt;br&gt;{note}</source>
            <translation>&lt;b&gt;{weeks}&lt;/b&gt; · Gehen: {walking}.&lt;br&gt;Täglich, freiwillig: {daily}.&lt;br&gt;{note}</translation>
        </message>
        <message>
            <source>Stop the plan</source>
            <translation>Den Plan beenden</translation>
        </message>
        <message>
            <source>Flare mode ended. Build back up gently over 1–2 weeks.</source>
            <translation>Schubmodus beendet. Steigern Sie sanft über 1–2 Wochen.</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>0 no pain</source>
            <translation>0 keine Schmerzen</translation>
        </message>
        <message>
            <source>10 worst</source>
            <translation>10 stärkste</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>Pain trend chart</source>
            <translation>Diagramm des Schmerzverlaufs</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>Before a session</source>
            <translation>Vor einer Einheit</translation>
        </message>
        <message>
            <source>After a session</source>
            <translation>Nach einer Einheit</translation>
        </message>
        <message>
            <source>Day average</source>
            <translation>Tagesdurchschnitt</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>7-Tage-Durchschnitt</translation>
        </message>
        <message>
            <source>Flare-up days</source>
            <translation>Schubtage</translation>
        </message>
        <message>
            <source>“This hurts”</source>
            <translation>„Das tut weh“</translation>
        </message>
        <message>
            <source>Flare-up (1 day)</source>
            <translation>Schub (1 Tag)</translation>
        </message>
        <message>
            <source>Flare-up ({days} days)</source>
            <translation>Schub ({days} Tage)</translation>
        </message>
        <message>
            <source>first week</source>
            <translation>erste Woche</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>diese Woche</translation>
        </message>
        <message>
            <source>latest week</source>
            <translation>letzte Woche</translation>
        </message>
        <message>
            <source>Could not save the chart as {path}. Check that the folder exists and that you can write to it, or choose another place.</source>
            <translation>Das Diagramm konnte nicht als {path} gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort.</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>4 weeks</source>
            <translation>4 Wochen</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>No pain scores yet. Your chart appears after your first session — start one from the Library.</source>
            <translation>Noch keine Schmerzwerte. Ihr Diagramm erscheint nach Ihrer ersten Einheit – starten Sie eine in der Bibliothek.</translation>
        </message>
        <message>
            <source>Before and after each session, Backtimer asks how your back feels right now, from 0 (no pain) to 10 (worst pain imaginable). After two weeks of ratings this page tells you, in plain words, whether your pain is changing, and how each routine tends to feel on the day (the session effect).</source>
            <translation>Vor und nach jeder Einheit fragt Backtimer, wie sich Ihr Rücken gerade anfühlt, von 0 (keine Schmerzen) bis 10 (stärkste vorstellbare Schmerzen). Nach zwei Wochen mit Bewertungen sagt Ihnen diese Seite in einfachen Worten, ob sich Ihr Schmerz verändert und wie sich jede Routine am selben Tag meist anfühlt (der Effekt der Einheit).</translation>
        </message>
        <message>
            <source>&amp;Pain</source>
            <translation>&amp;Schmerz</translation>
        </message>
        <message>
            <source>Your pain over time</source>
            <translation>Ihr Schmerz im Verlauf</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>Show all of it</source>
            <translation>Alles zeigen</translation>
        </message>
        <message>
            <source>Show the last {period}</source>
            <translation>Zeitraum zeigen: {period}</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Als PNG speichern …</translation>
        </message>
        <message>
            <source>Save the chart as an image, e.g. for your physiotherapist</source>
            <translation>Das Diagramm als Bild speichern, z. B. für Ihre Physiotherapie</translation>
        </message>
        <message>
            <source>Drawing your chart…</source>
            <translation>Ihr Diagramm wird gezeichnet …</translation>
        </message>
        <message>
            <source>Go to the Library</source>
            <translation>Zur Bibliothek</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Session effect (after − before)</source>
            <translation>Effekt der Einheit (nachher − vorher)</translation>
        </message>
        <message>
            <source>Session effect by routine</source>
            <translation>Effekt der Einheit nach Routine</translation>
        </message>
        <message>
            <source>How sessions feel (session effect)</source>
            <translation>Wie sich Einheiten anfühlen (Effekt der Einheit)</translation>
        </message>
        <message>
            <source>Staying active</source>
            <translation>Aktiv bleiben</translation>
        </message>
        <message>
            <source>Your routines appear here after your first session.</source>
            <translation>Ihre Routinen erscheinen hier nach Ihrer ersten Einheit.</translation>
        </message>
        <message>
            <source>This week: {sessions}, {minutes} min</source>
            <translation>Diese Woche: {sessions}, {minutes} Min.</translation>
        </message>
        <message>
            <source>Last {weeks}: {sessions}, {minutes}</source>
            <translation>Letzte {weeks}: {sessions}, {minutes}</translation>
        </message>
        <message>
            <source>Active days in a row: {streak} (longest: {longest})</source>
            <translation>Aktive Tage in Folge: {streak} (am längsten: {longest})</translation>
        </message>
        <message>
            <source>No sessions yet. Each day you exercise fills a square below.</source>
            <translation>Noch keine Einheiten. Jeder Tag, an dem Sie üben, füllt unten ein Kästchen.</translation>
        </message>
        <message>
            <source>Save chart as PNG</source>
            <translation>Diagramm als PNG speichern</translation>
        </message>
        <message>
            <source>Could not save the chart</source>
            <translation>Das Diagramm konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Einheit</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} Einheiten</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 Woche</translation>
        </message>
        <message>
            <source>{count} weeks</source>
            <translation>{count} Wochen</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} Tage</translation>
        </message>
        <message>
            <source>too few scores ({count})</source>
            <translation>zu wenige Werte ({count})</translation>
        </message>
        <message>
            <source>{effect}  ({count} scored)</source>
            <translation>{effect}  ({count} bewertet)</translation>
        </message>
    </context>
    <context>
        <name>VoiceCues</name>
        <message>
            <source>Well done. Routine complete.</source>
            <translation>Gut gemacht. Routine abgeschlossen.</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
        <message>
            <source>left side first</source>
            <translation>zuerst die linke Seite</translation>
        </message>
        <message>
            <source>right side first</source>
            <translation>zuerst die rechte Seite</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>{label}, left side</source>
            <translation>{label}, linke Seite</translation>
        </message>
        <message>
            <source>{label}, right side</source>
            <translation>{label}, rechte Seite</translation>
        </message>
    </context>
    <context>
        <name>WorkoutFlow</name>
        <message>
            <source>Stopped before the first exercise: nothing was recorded.</source>
            <translation>Vor der ersten Übung beendet: Es wurde nichts eingetragen.</translation>
        </message>
        <message>
            <source>A workout is already running.</source>
            <translation>Es läuft schon ein Training.</translation>
        </message>
        <message>
            <source>Unknown routine</source>
            <translation>Unbekannte Routine</translation>
        </message>
        <message>
            <source>There is no routine with the id “{id}”. See the Library, or run: backtimer routines list</source>
            <translation>Es gibt keine Routine mit der Kennung „{id}“. Sehen Sie in der Bibliothek nach oder führen Sie aus: backtimer routines list</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Bevor Sie beginnen</translation>
        </message>
        <message>
            <source>Before &lt;b&gt;{title}&lt;/b&gt;: a quick check-in (Esc skips).</source>
            <translation>Vor &lt;b&gt;{title}&lt;/b&gt;: eine kurze Abfrage (Esc überspringt).</translation>
        </message>
        <message>
            <source>Quit during a workout?</source>
            <translation>Während eines Trainings beenden?</translation>
        </message>
        <message>
            <source>A workout is running. Quit anyway? The steps you have done are saved.</source>
            <translation>Ein Training läuft. Trotzdem beenden? Die Schritte, die Sie gemacht haben, sind gespeichert.</translation>
        </message>
        <message>
            <source>How do you feel now?</source>
            <translation>Wie fühlen Sie sich jetzt?</translation>
        </message>
        <message>
            <source>Well done. One last check-in (Esc skips).</source>
            <translation>Gut gemacht. Eine letzte Abfrage (Esc überspringt).</translation>
        </message>
        <message>
            <source>You stopped the workout. How is your back now? (Esc skips)</source>
            <translation>Sie haben das Training beendet. Wie geht es Ihrem Rücken jetzt? (Esc überspringt)</translation>
        </message>
    </context>
    <context>
        <name>WorkoutSession</name>
        <message>
            <source>Following a workout</source>
            <translation>Ein Training läuft</translation>
        </message>
        <message>
            <source>Routine complete</source>
            <translation>Routine vollständig</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>Gut gemacht!</translation>
        </message>
        <message>
            <source>Routine finished</source>
            <translation>Routine abgeschlossen</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>Stopped — that's fine.</source>
            <translation>Beendet – das ist in Ordnung.</translation>
        </message>
        <message>
            <source>Paused: the computer was asleep for {time}. Press Space when you are ready to carry on.</source>
            <translation>Pausiert: Der Computer war {time} im Ruhezustand. Drücken Sie die Leertaste, wenn Sie weitermachen möchten.</translation>
        </message>
        <message>
            <source>{done} of 1 step done</source>
            <translation>{done} von 1 Schritt geschafft</translation>
        </message>
        <message>
            <source>{done} of {planned} steps done</source>
            <translation>{done} von {planned} Schritten geschafft</translation>
        </message>
        <message>
            <source>, {count} skipped</source>
            <translation>, {count} übersprungen</translation>
        </message>
        <message>
            <source>, {count} not reached</source>
            <translation>, {count} nicht erreicht</translation>
        </message>
        <message>
            <source>{time} spent (pauses not counted)</source>
            <translation>{time} geübt (ohne Pausen)</translation>
        </message>
        <message>
            <source>Press Esc or Close to go back.</source>
            <translation>Mit Esc oder „Schließen“ geht es zurück.</translation>
        </message>
        <message>
            <source>Pain now: {after}/10.</source>
            <translation>Schmerz jetzt: {after}/10.</translation>
        </message>
        <message>
            <source>Pain {before} → {after}/10 (down by {change}; this session's effect only).</source>
            <translation>Schmerz {before} → {after}/10 (um {change} gesunken; gilt nur für diese Einheit).</translation>
        </message>
        <message>
            <source>Pain {before} → {after}/10 (up by {change}; this session's effect only).</source>
            <translation>Schmerz {before} → {after}/10 (um {change} gestiegen; gilt nur für diese Einheit).</translation>
        </message>
        <message>
            <source>Pain {before} → {after}/10 (unchanged; this session's effect only).</source>
            <translation>Schmerz {before} → {after}/10 (unverändert; gilt nur für diese Einheit).</translation>
        </message>
        <message>
            <source>Sounds and the voice are off in Settings.</source>
            <translation>Töne und Stimme sind in den Einstellungen ausgeschaltet.</translation>
        </message>
    </context>
    <context>
        <name>activities</name>
        <message>
            <source>{name} (retired {day})</source>
            <translation>{name} (abgelegt am {day})</translation>
        </message>
        <message>
            <source>After your second weekly check-in this shows how your activities changed.</source>
            <translation>Nach Ihrem zweiten wöchentlichen Check-in steht hier, wie sich Ihre Aktivitäten verändert haben.</translation>
        </message>
        <message>
            <source>a meaningful improvement (2 points or more)</source>
            <translation>eine deutliche Besserung (2 Punkte oder mehr)</translation>
        </message>
        <message>
            <source>harder by 2 points or more: worth raising with your physio</source>
            <translation>um 2 Punkte oder mehr schwerer: lohnt sich, in der Physiotherapie anzusprechen</translation>
        </message>
        <message>
            <source>less than the 2 points that count as meaningful for the average</source>
            <translation>weniger als die 2 Punkte, die für den Durchschnitt als deutlich gelten</translation>
        </message>
        <message>
            <source>Average {first} → {latest} since {day} ({change}): {verdict}.</source>
            <translation>Durchschnitt {first} → {latest} seit {day} ({change}): {verdict}.</translation>
        </message>
        <message>
            <source>Meaningful for one activity (3 points or more): {named}.</source>
            <translation>Deutlich bei einzelnen Aktivitäten (3 Punkte oder mehr): {named}.</translation>
        </message>
    </context>
    <context>
        <name>adherence</name>
        <message>
            <source>no sessions a week</source>
            <translation>keine Einheiten pro Woche</translation>
        </message>
        <message>
            <source>less than one session a week</source>
            <translation>weniger als eine Einheit pro Woche</translation>
        </message>
        <message>
            <source>1 session a week</source>
            <translation>1 Einheit pro Woche</translation>
        </message>
        <message>
            <source>{count} sessions a week</source>
            <translation>{count} Einheiten pro Woche</translation>
        </message>
        <message>
            <source>about 1 session a week</source>
            <translation>etwa 1 Einheit pro Woche</translation>
        </message>
        <message>
            <source>about {count} sessions a week</source>
            <translation>etwa {count} Einheiten pro Woche</translation>
        </message>
        <message>
            <source>under 5 min a week</source>
            <translation>unter 5 Min. pro Woche</translation>
        </message>
        <message>
            <source>no exercise minutes a week</source>
            <translation>keine Übungsminuten pro Woche</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>about {time} a week</source>
            <translation>etwa {time} pro Woche</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht erlaubt zusammen mit Argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist erforderlich</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet genau ein Argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>erwartet höchstens ein Argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>erwartet mindestens ein Argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>erwartet %s Argument</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>erwartet %s Argumente</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message>
            <source>1 minute</source>
            <translation>1 Minute</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} Minuten</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message>
            <source>{count} seconds</source>
            <translation>{count} Sekunden</translation>
        </message>
        <message>
            <source>1 rep</source>
            <translation>1 Wiederholung</translation>
        </message>
        <message>
            <source>{count} reps</source>
            <translation>{count} Wiederholungen</translation>
        </message>
        <message>
            <source>1 hold</source>
            <translation>1 Haltephase</translation>
        </message>
        <message>
            <source>{count} holds</source>
            <translation>{count} Haltephasen</translation>
        </message>
        <message>
            <source>1 set</source>
            <translation>1 Satz</translation>
        </message>
        <message>
            <source>{count} sets</source>
            <translation>{count} Sätze</translation>
        </message>
        <message>
            <source>1 round</source>
            <translation>1 Runde</translation>
        </message>
        <message>
            <source>{count} rounds</source>
            <translation>{count} Runden</translation>
        </message>
        <message>
            <source>{counts} reps</source>
            <translation>{counts} Wiederholungen</translation>
        </message>
        <message>
            <source>{counts} holds</source>
            <translation>{counts} Haltephasen</translation>
        </message>
        <message>
            <source> each side</source>
            <translation> je Seite</translation>
        </message>
        <message>
            <source> per side, alternating</source>
            <translation> je Seite, im Wechsel</translation>
        </message>
        <message>
            <source>, in descending sets</source>
            <translation>, in absteigenden Sätzen</translation>
        </message>
        <message>
            <source> of {duration}</source>
            <translation> von {duration}</translation>
        </message>
        <message>
            <source>{rounds} of {work} {work_label} and {rest} {rest_label}</source>
            <translation>{rounds}: {work} {work_label} und {rest} {rest_label}</translation>
        </message>
        <message>
            <source>at your own pace</source>
            <translation>in Ihrem eigenen Tempo</translation>
        </message>
    </context>
    <context>
        <name>effects</name>
        <message>
            <source>Rate your pain before and after a session to see how sessions feel on the day.</source>
            <translation>Bewerten Sie Ihren Schmerz vor und nach einer Einheit, um zu sehen, wie sich Einheiten am selben Tag anfühlen.</translation>
        </message>
        <message>
            <source>too few to say what a session usually does (that needs {count})</source>
            <translation>zu wenige, um zu sagen, was eine Einheit meist bewirkt (dafür braucht es {count})</translation>
        </message>
        <message>
            <source>pain is usually a little lower right after a session</source>
            <translation>der Schmerz ist direkt nach einer Einheit meist etwas geringer</translation>
        </message>
        <message>
            <source>pain is usually a little higher right after a session</source>
            <translation>der Schmerz ist direkt nach einer Einheit meist etwas stärker</translation>
        </message>
        <message>
            <source>pain is usually the same right after a session</source>
            <translation>der Schmerz ist direkt nach einer Einheit meist gleich</translation>
        </message>
        <message>
            <source>&lt;b&gt;Session effect&lt;/b&gt; (after − before): {signed} points on average over 1 session with both scores — {words}. It shows how a session feels on the day, not whether your back is getting better, nor what caused a change.</source>
            <translation>&lt;b&gt;Effekt der Einheit&lt;/b&gt; (nachher − vorher): {signed} Punkte bei 1 Einheit mit beiden Werten – {words}. Das zeigt, wie sich eine Einheit am selben Tag anfühlt, nicht, ob es Ihrem Rücken insgesamt besser geht, und auch nicht, was eine Veränderung verursacht hat.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Session effect&lt;/b&gt; (after − before): {signed} points on average over {count} sessions with both scores — {words}. It shows how a session feels on the day, not whether your back is getting better, nor what caused a change.</source>
            <translation>&lt;b&gt;Effekt der Einheit&lt;/b&gt; (nachher − vorher): im Durchschnitt {signed} Punkte über {count} Einheiten mit beiden Werten – {words}. Das zeigt, wie sich eine Einheit am selben Tag anfühlt, nicht, ob es Ihrem Rücken insgesamt besser geht, und auch nicht, was eine Veränderung verursacht hat.</translation>
        </message>
    </context>
    <context>
        <name>library</name>
        <message>
            <source>Holds (isometric)</source>
            <translation>Halten (isometrisch)</translation>
        </message>
        <message>
            <source>Paced repetitions</source>
            <translation>Wiederholungen im Takt</translation>
        </message>
        <message>
            <source>Work/rest intervals</source>
            <translation>Intervalle aus Belastung und Pause</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>Durchgehend</translation>
        </message>
        <message>
            <source>Tap when done (no timer)</source>
            <translation>Antippen, wenn fertig (ohne Timer)</translation>
        </message>
        <message>
            <source>Intervals cannot have sides; choose “No sides”.</source>
            <translation>Intervalle haben keine Seiten; wählen Sie „Ohne Seiten“.</translation>
        </message>
        <message>
            <source>Write the reps of each set as numbers, like 5, 3, 1.</source>
            <translation>Schreiben Sie die Wiederholungen jedes Satzes als Zahlen, etwa 5, 3, 1.</translation>
        </message>
        <message>
            <source>A pyramid has 1 to {count} sets.</source>
            <translation>Eine Pyramide hat 1 bis {count} Sätze.</translation>
        </message>
        <message>
            <source>Each set has 1 to {count} reps.</source>
            <translation>Jeder Satz hat 1 bis {count} Wiederholungen.</translation>
        </message>
        <message>
            <source>Trunk control</source>
            <translation>Rumpftraining</translation>
        </message>
        <message>
            <source>Dynamic stretching</source>
            <translation>Dynamisches Dehnen</translation>
        </message>
        <message>
            <source>Postural training</source>
            <translation>Haltungstraining</translation>
        </message>
        <message>
            <source>Self-massage</source>
            <translation>Selbstmassage</translation>
        </message>
        <message>
            <source>Aerobic</source>
            <translation>Ausdauer</translation>
        </message>
        <message>
            <source>Yoga</source>
            <translation>Yoga</translation>
        </message>
        <message>
            <source>Breathing &amp; relaxation</source>
            <translation>Atmung &amp; Entspannung</translation>
        </message>
        <message>
            <source>Flare-up</source>
            <translation>Schmerzschub</translation>
        </message>
        <message>
            <source>Beginner</source>
            <translation>Einsteiger</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Fortgeschritten</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erfahren</translation>
        </message>
    </context>
    <context>
        <name>pain_checks</name>
        <message>
            <source>not logged</source>
            <translation>nicht eingetragen</translation>
        </message>
    </context>
    <context>
        <name>programme</name>
        <message>
            <source>After week {week}</source>
            <translation>Nach Woche {week}</translation>
        </message>
        <message>
            <source>Weeks {first}–{last}</source>
            <translation>Wochen {first}–{last}</translation>
        </message>
        <message>
            <source>Learn the technique. Log pain before and after, and the next morning.</source>
            <translation>Die Technik lernen. Schmerz vorher und nachher und am nächsten Morgen eintragen.</translation>
        </message>
        <message>
            <source>Add 2–5 minutes to your walks each week</source>
            <translation>Ihre Spaziergänge jede Woche um 2–5 Minuten verlängern</translation>
        </message>
        <message>
            <source>Progress one thing at a time, when the suggestions say you are ready.</source>
            <translation>Immer nur eine Sache steigern, wenn die Vorschläge sagen, dass Sie so weit sind.</translation>
        </message>
        <message>
            <source>As before</source>
            <translation>Wie bisher</translation>
        </message>
        <message>
            <source>Holds stay short (8–10 s): add reps or sets rather than longer holds.</source>
            <translation>Das Halten bleibt kurz (8–10 s): lieber Wiederholungen oder Sätze hinzufügen als länger halten.</translation>
        </message>
        <message>
            <source>About 30 minutes on 5 or more days a week (or 150 minutes of moderate activity)</source>
            <translation>Etwa 30 Minuten an 5 oder mehr Tagen pro Woche (oder 150 Minuten mäßige Bewegung)</translation>
        </message>
        <message>
            <source>Then keep it up: about 2 strength sessions a week and regular walking.</source>
            <translation>Dann dranbleiben: etwa 2 Krafteinheiten pro Woche und regelmäßig gehen.</translation>
        </message>
        <message>
            <source>Keep walking most days</source>
            <translation>Weiterhin an den meisten Tagen gehen</translation>
        </message>
        <message>
            <source>{back_basics}, first set of each exercise only (≈12 min; skip the second sets)</source>
            <translation>„{back_basics}“, von jeder Übung nur der erste Satz (≈12 Min.; die zweiten Sätze auslassen)</translation>
        </message>
        <message>
            <source>{walk} at a comfortable length (often 5–10 min), 3–5 days a week</source>
            <translation>„{walk}“ in angenehmer Länge (oft 5–10 Min.), an 3–5 Tagen pro Woche</translation>
        </message>
        <message>
            <source>{desk_reset} every 30–60 min of sitting; {breathe}</source>
            <translation>„{desk_reset}“ nach jeweils 30–60 Min. Sitzen; „{breathe}“</translation>
        </message>
        <message>
            <source>{back_basics}, full routine (2 sets, ≈19 min)</source>
            <translation>„{back_basics}“, ganze Routine (2 Sätze, ≈19 Min.)</translation>
        </message>
        <message>
            <source>{warm_up} before walks; {yoga} or {massage} once or twice a week</source>
            <translation>„{warm_up}“ vor dem Gehen; „{yoga}“ oder „{massage}“ ein- bis zweimal pro Woche</translation>
        </message>
        <message>
            <source>{core_control} and {posture} on alternate sessions; swap in the harder exercise levels one at a time</source>
            <translation>„{core_control}“ und „{posture}“ im Wechsel; die schwierigeren Übungsstufen einzeln einführen</translation>
        </message>
        <message>
            <source>Build towards 20–30 minutes; {intervals} or {bike} once a week if you like</source>
            <translation>Auf 20–30 Minuten steigern; wenn Sie möchten, einmal pro Woche „{intervals}“ oder „{bike}“</translation>
        </message>
        <message>
            <source>{core_control} and {posture}, 3 sessions a week (pyramid 6/4/2)</source>
            <translation>„{core_control}“ und „{posture}“, 3 Einheiten pro Woche (Pyramide 6/4/2)</translation>
        </message>
        <message>
            <source>Maintenance: {core_control} or {posture} about twice a week</source>
            <translation>Erhaltung: „{core_control}“ oder „{posture}“ etwa zweimal pro Woche</translation>
        </message>
        <message>
            <source>As you like; {flare_day} when you need it</source>
            <translation>Nach Belieben; „{flare_day}“, wenn Sie es brauchen</translation>
        </message>
        <message>
            <source>You finished the 12 weeks. Keep going at a level that suits you.</source>
            <translation>Sie haben die 12 Wochen geschafft. Machen Sie in einem Umfang weiter, der Ihnen guttut.</translation>
        </message>
        <message>
            <source>12-week plan complete. {strength}</source>
            <translation>12-Wochen-Plan abgeschlossen. {strength}</translation>
        </message>
        <message>
            <source>Week {week} of {weeks}: {strength}</source>
            <translation>Woche {week} von {weeks}: {strength}</translation>
        </message>
        <message>
            <source>Strength day: {done} of {target} strength sessions done this week.</source>
            <translation>Krafttag: {done} von {target} Krafteinheiten diese Woche geschafft.</translation>
        </message>
        <message>
            <source>All {target} strength sessions done this week: a walking day.</source>
            <translation>Alle {target} Krafteinheiten dieser Woche geschafft: ein Tag zum Gehen.</translation>
        </message>
        <message>
            <source>Strength yesterday, so a walking day today (strength days are not back to back).</source>
            <translation>Gestern Kraft, darum heute ein Tag zum Gehen (Krafttage folgen nicht direkt aufeinander).</translation>
        </message>
        <message>
            <source>{title} (first sets only)</source>
            <translation>{title} (nur erste Sätze)</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <source>reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>hold time</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>exercise level</source>
            <translation>Übungsstufe</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>Umfang</translation>
        </message>
        <message>
            <source>the next morning your pain was {morning}, 2 or more points above your usual {usual}</source>
            <translation>am nächsten Morgen lag Ihr Schmerz bei {morning}, 2 oder mehr Punkte über Ihrem üblichen Wert {usual}</translation>
        </message>
        <message>
            <source>the session was stopped before the end</source>
            <translation>die Einheit wurde vorzeitig beendet</translation>
        </message>
        <message>
            <source>there is no pain score from after the session</source>
            <translation>es gibt keinen Schmerzwert nach der Einheit</translation>
        </message>
        <message>
            <source>you rated the effort {effort}/10 (progress when it feels like you could do 2-3 more)</source>
            <translation>Sie haben die Anstrengung mit {effort}/10 bewertet (steigern Sie, wenn es sich anfühlt, als wären noch 2–3 Wiederholungen mehr gegangen)</translation>
        </message>
        <message>
            <source>the next morning your pain was {morning}, a little above your usual {usual}</source>
            <translation>am nächsten Morgen lag Ihr Schmerz bei {morning}, etwas über Ihrem üblichen Wert {usual}</translation>
        </message>
        <message>
            <source>no pain score was logged the next morning</source>
            <translation>am nächsten Morgen wurde kein Schmerzwert eingetragen</translation>
        </message>
        <message>
            <source>there is no usual level to compare the morning with</source>
            <translation>es gibt keinen üblichen Wert, mit dem sich der Morgen vergleichen lässt</translation>
        </message>
        <message>
            <source>the effort was not rated (progress when you could have done 2-3 more, about 6/10 or less)</source>
            <translation>die Anstrengung wurde nicht bewertet (steigern Sie, wenn noch 2–3 Wiederholungen mehr gegangen wären, etwa 6/10 oder weniger)</translation>
        </message>
        <message>
            <source>pain stayed in the green zone ({during}), the next morning ({morning}) was no worse than your usual {usual}, and the effort was {effort}/10</source>
            <translation>der Schmerz blieb im grünen Bereich ({during}), der nächste Morgen ({morning}) war nicht schlechter als Ihr üblicher Wert {usual}, und die Anstrengung lag bei {effort}/10</translation>
        </message>
        <message>
            <source>from {before} to {during}</source>
            <translation>von {before} auf {during}</translation>
        </message>
        <message>
            <source>{during} after</source>
            <translation>{during} danach</translation>
        </message>
        <message>
            <source>you pressed “this hurts” during {names} ({words})</source>
            <translation>Sie haben bei {names} „Das tut weh“ gedrückt ({words})</translation>
        </message>
        <message>
            <source>you noted pain down a leg, or numbness, tingling or weakness</source>
            <translation>Sie haben Schmerz, der ins Bein zieht, oder Taubheit, Kribbeln oder Schwäche angegeben</translation>
        </message>
        <message>
            <source>pain rose from {before} to {during} (a rise of 3 or more is the red zone)</source>
            <translation>der Schmerz stieg von {before} auf {during} (ein Anstieg um 3 oder mehr ist der rote Bereich)</translation>
        </message>
        <message>
            <source>pain reached {during} (above {amber} is the red zone)</source>
            <translation>der Schmerz erreichte {during} (über {amber} ist der rote Bereich)</translation>
        </message>
        <message>
            <source>an exercise</source>
            <translation>einer Übung</translation>
        </message>
        <message>
            <source>with leg or nerve symptoms</source>
            <translation>mit Bein- oder Nervenbeschwerden</translation>
        </message>
        <message>
            <source>no score given</source>
            <translation>ohne Wert</translation>
        </message>
        <message>
            <source>pain {score}</source>
            <translation>Schmerz {score}</translation>
        </message>
        <message>
            <source>you pressed “this hurts” during {names} ({words}: not above 5, so no step back, but not the time to do more)</source>
            <translation>Sie haben bei {names} „Das tut weh“ gedrückt ({words}: nicht über 5, also kein Schritt zurück, aber nicht die Zeit, mehr zu machen)</translation>
        </message>
        <message>
            <source>pain rose from {before} to {during} (a rise of 2 is the amber zone)</source>
            <translation>der Schmerz stieg von {before} auf {during} (ein Anstieg um 2 ist der gelbe Bereich)</translation>
        </message>
        <message>
            <source>pain reached {during} (amber zone: {low}-{high}, fine, but not the time to do more)</source>
            <translation>der Schmerz erreichte {during} (gelber Bereich: {low}–{high}, in Ordnung, aber nicht die Zeit, mehr zu machen)</translation>
        </message>
        <message>
            <source>{title} keeps a fixed, comfortable dose: it is not made longer or harder. Last time: {reason}.</source>
            <translation>{title} behält eine feste, angenehme Dosis: Sie wird nicht länger oder schwerer. Letztes Mal: {reason}.</translation>
        </message>
        <message>
            <source>Not enough information to progress yet: log your pain tomorrow morning (Journal › Log pain now, before noon) so we can see that it settled.</source>
            <translation>Noch nicht genug Angaben zum Steigern: Tragen Sie morgen früh Ihren Schmerz ein (Tagebuch › Schmerz jetzt eintragen, vor Mittag), damit sich zeigt, dass er abgeklungen ist.</translation>
        </message>
        <message>
            <source>Not enough information to progress: {reason}.</source>
            <translation>Nicht genug Angaben zum Steigern: {reason}.</translation>
        </message>
        <message>
            <source>Repeat the same dose next time: {reason}.</source>
            <translation>Beim nächsten Mal die gleiche Dosis: {reason}.</translation>
        </message>
        <message>
            <source>A good session: {reason}. One more like it and you can progress.</source>
            <translation>Eine gute Einheit: {reason}. Noch eine wie diese, dann können Sie steigern.</translation>
        </message>
        <message>
            <source>Repeat the same dose: the session before, {reason}.</source>
            <translation>Die gleiche Dosis wiederholen: in der Einheit davor {reason}.</translation>
        </message>
        <message>
            <source>Not enough information to progress: the session before, {reason}.</source>
            <translation>Nicht genug Angaben zum Steigern: in der Einheit davor {reason}.</translation>
        </message>
        <message>
            <source>Both recent sessions went well, and {title} is as long and as hard as it gets (each exercise at its ceiling, or the session at its length limit): the next routine in the 12-week plan is your way up.</source>
            <translation>Beide letzten Einheiten liefen gut, und {title} ist so lang und so schwer, wie es geht (jede Übung an ihrer Obergrenze oder die Einheit an ihrer Höchstlänge): Die nächste Routine im 12-Wochen-Plan ist Ihr Weg nach oben.</translation>
        </message>
        <message>
            <source>Ready for a little more in {title}</source>
            <translation>Bereit für etwas mehr bei {title}</translation>
        </message>
        <message>
            <source>In your last two sessions {scores}. Progress one thing only ({variable}): {change}.</source>
            <translation>In Ihren letzten beiden Einheiten {scores}. Steigern Sie nur eine Sache ({variable}): {change}.</translation>
        </message>
        <message>
            <source>pain stayed green ({first}, then {second}) and settled by the next mornings ({first_morning} and {second_morning}, usual {usual})</source>
            <translation>blieb der Schmerz im grünen Bereich ({first}, dann {second}) und war an den Morgen danach abgeklungen ({first_morning} und {second_morning}, üblich {usual})</translation>
        </message>
        <message>
            <source>Time to see a clinician</source>
            <translation>Zeit für eine ärztliche oder physiotherapeutische Abklärung</translation>
        </message>
        <message>
            <source>Sessions have needed a step back {count} times in a row over {days} days (latest: {reason}). When pain is not easing after 1-2 weeks, a clinician can check what is going on. Keep {title} for now.</source>
            <translation>Die Einheiten brauchten {count}-mal hintereinander einen Schritt zurück, über {days} Tage (zuletzt: {reason}). Wenn der Schmerz nach 1–2 Wochen nicht nachlässt, kann eine Ärztin, ein Arzt oder die Physiotherapie nachsehen, was los ist. Bleiben Sie vorerst bei {title}.</translation>
        </message>
        <message>
            <source>This looks like a flare-up</source>
            <translation>Das sieht nach einem Schmerzschub aus</translation>
        </message>
        <message>
            <source>Two step-backs in a row (latest: {reason}). Switch to {title} and the flare plan for a few days; if it persists over 1-2 weeks, see a clinician.</source>
            <translation>Zweimal hintereinander ein Schritt zurück (zuletzt: {reason}). Wechseln Sie für ein paar Tage zu {title} und dem Schubplan; wenn es über 1–2 Wochen anhält, lassen Sie es ärztlich oder physiotherapeutisch abklären.</translation>
        </message>
        <message>
            <source>Make the exercise that hurt easier.</source>
            <translation>Die Übung, die wehgetan hat, leichter machen.</translation>
        </message>
        <message>
            <source>Do about 40 % less of the strength and walking parts (half the sets, or fewer reps).</source>
            <translation>Etwa 40 % weniger von den Kraft- und Gehteilen (halb so viele Sätze oder weniger Wiederholungen).</translation>
        </message>
        <message>
            <source>Next time leave out the exercise that hurt, or do it more gently.</source>
            <translation>Lassen Sie die Übung, die wehgetan hat, beim nächsten Mal weg oder machen Sie sie sanfter.</translation>
        </message>
        <message>
            <source>{title} keeps a fixed, gentle dose: do less of it next time, or do the {routine} routine instead.</source>
            <translation>{title} behält eine feste, sanfte Dosis: Machen Sie beim nächsten Mal weniger davon oder stattdessen die Routine „{routine}“.</translation>
        </message>
        <message>
            <source>Take {title} down a notch next time</source>
            <translation>{title} beim nächsten Mal etwas zurückfahren</translation>
        </message>
        <message>
            <source>Step back for the next session: {reason}. {advice}</source>
            <translation>Ein Schritt zurück für die nächste Einheit: {reason}. {advice}</translation>
        </message>
        <message>
            <source>Keep {title} as it is</source>
            <translation>{title} so lassen, wie es ist</translation>
        </message>
        <message>
            <source>Log tomorrow morning</source>
            <translation>Morgen früh eintragen</translation>
        </message>
    </context>
    <context>
        <name>reading</name>
        <message>
            <source>“Meaningful” means at least 30 % and 2 points lower — the size most people notice; it shows change, not its cause.</source>
            <translation>„Deutlich“ heißt mindestens 30 % und 2 Punkte niedriger – so viel, wie die meisten Menschen spüren; es zeigt eine Veränderung, nicht ihre Ursache.</translation>
        </message>
        <message>
            <source>Not enough ratings yet</source>
            <translation>Noch nicht genug Bewertungen</translation>
        </message>
        <message>
            <source>Substantial improvement</source>
            <translation>Erhebliche Besserung</translation>
        </message>
        <message>
            <source>Meaningful improvement</source>
            <translation>Deutliche Besserung</translation>
        </message>
        <message>
            <source>Small change</source>
            <translation>Kleine Veränderung</translation>
        </message>
        <message>
            <source>No clear change</source>
            <translation>Keine klare Veränderung</translation>
        </message>
        <message>
            <source>Pain has risen</source>
            <translation>Der Schmerz hat zugenommen</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <source>from 0</source>
            <translation>von 0</translation>
        </message>
        <message>
            <source>That is a substantial improvement.</source>
            <translation>Das ist eine erhebliche Besserung.</translation>
        </message>
        <message>
            <source>That is a meaningful improvement.</source>
            <translation>Das ist eine deutliche Besserung.</translation>
        </message>
        <message>
            <source>That is no clear change.</source>
            <translation>Das ist keine klare Veränderung.</translation>
        </message>
        <message>
            <source>That is a clear rise. Pain often goes up and down for a while; if your weekly average stays up for two weeks, talk to your physiotherapist or doctor.</source>
            <translation>Das ist ein klarer Anstieg. Schmerz schwankt oft eine Zeit lang; wenn Ihr Wochendurchschnitt zwei Wochen lang erhöht bleibt, sprechen Sie mit Ihrer Physiotherapie oder Ihrer Ärztin bzw. Ihrem Arzt.</translation>
        </message>
        <message>
            <source>That is a small improvement, not yet a clear change.</source>
            <translation>Das ist eine kleine Besserung, noch keine klare Veränderung.</translation>
        </message>
        <message>
            <source>That is a small rise, not yet a clear change.</source>
            <translation>Das ist ein kleiner Anstieg, noch keine klare Veränderung.</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>kein Unterschied</translation>
        </message>
        <message>
            <source>{points} points lower</source>
            <translation>{points} Punkte niedriger</translation>
        </message>
        <message>
            <source>{points} points higher</source>
            <translation>{points} Punkte höher</translation>
        </message>
        <message>
            <source>Your average pain this week (last 7 days) is {latest}</source>
            <translation>Ihr durchschnittlicher Schmerz diese Woche (letzte 7 Tage) liegt bei {latest}</translation>
        </message>
        <message>
            <source>Your average pain in the last week of this period ({dates}) is {latest}</source>
            <translation>Ihr durchschnittlicher Schmerz in der letzten Woche dieses Zeitraums ({dates}) liegt bei {latest}</translation>
        </message>
        <message>
            <source>Your average pain in your latest week with enough ratings ({dates}) is {latest}</source>
            <translation>Ihr durchschnittlicher Schmerz in Ihrer letzten Woche mit genug Bewertungen ({dates}) liegt bei {latest}</translation>
        </message>
        <message>
            <source>down from {first}</source>
            <translation>unter {first}</translation>
        </message>
        <message>
            <source>up from {first}</source>
            <translation>über {first}</translation>
        </message>
        <message>
            <source>the same as {first}</source>
            <translation>genauso hoch wie {first}</translation>
        </message>
        <message>
            <source>in the first week of this period ({first_week}): {difference}.</source>
            <translation>in der ersten Woche dieses Zeitraums ({first_week}): {difference}.</translation>
        </message>
        <message>
            <source>in your first week ({first_week}): {difference}.</source>
            <translation>in Ihrer ersten Woche ({first_week}): {difference}.</translation>
        </message>
        <message>
            <source>Compared with the four weeks before ({mean}), it is {words} ({difference}).</source>
            <translation>Verglichen mit den vier Wochen davor ({mean}) ist das {words} ({difference}).</translation>
        </message>
        <message>
            <source>Based on {latest} ratings that week and {first} in {first_words} (scores before sessions and at other times; those right after a session show how it felt, so they are left out).</source>
            <translation>Grundlage sind {latest} Bewertungen in jener Woche und {first} in {first_words} (Werte vor den Einheiten und zu anderen Zeiten; die direkt nach einer Einheit zeigen, wie sie sich angefühlt hat, und zählen deshalb nicht).</translation>
        </message>
        <message>
            <source>Based on {latest} ratings this week and {first} in {first_words} (scores before sessions and at other times; those right after a session show how it felt, so they are left out).</source>
            <translation>Grundlage sind {latest} Bewertungen diese Woche und {first} in {first_words} (Werte vor den Einheiten und zu anderen Zeiten; die direkt nach einer Einheit zeigen, wie sie sich angefühlt hat, und zählen deshalb nicht).</translation>
        </message>
        <message>
            <source>the first week of this period</source>
            <translation>der ersten Woche dieses Zeitraums</translation>
        </message>
        <message>
            <source>your first week</source>
            <translation>Ihrer ersten Woche</translation>
        </message>
        <message>
            <source>a substantial improvement</source>
            <translation>eine erhebliche Besserung</translation>
        </message>
        <message>
            <source>a meaningful improvement</source>
            <translation>eine deutliche Besserung</translation>
        </message>
        <message>
            <source>slightly lower</source>
            <translation>etwas niedriger</translation>
        </message>
        <message>
            <source>slightly higher</source>
            <translation>etwas höher</translation>
        </message>
        <message>
            <source>a clear rise</source>
            <translation>ein klarer Anstieg</translation>
        </message>
        <message>
            <source>about the same</source>
            <translation>etwa gleich</translation>
        </message>
        <message>
            <source>No pain ratings yet. Rate your pain before a session to see your trend.</source>
            <translation>Noch keine Schmerzbewertungen. Bewerten Sie Ihren Schmerz vor einer Einheit, um Ihren Verlauf zu sehen.</translation>
        </message>
        <message>
            <source>1 rating</source>
            <translation>1 Bewertung</translation>
        </message>
        <message>
            <source>{count} ratings</source>
            <translation>{count} Bewertungen</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} Tage</translation>
        </message>
        <message>
            <source>Not enough ratings yet to read a trend: you have {ratings} before sessions or at other times, over {days}. A reading needs at least {min_ratings} ratings and {min_sessions} sessions in your first week, and as many in a later, separate week. Keep rating your pain before your sessions.</source>
            <translation>Noch nicht genug Bewertungen für eine Auswertung: Sie haben {ratings} vor Einheiten oder zu anderen Zeiten, über {days}. Eine Auswertung braucht mindestens {min_ratings} Bewertungen und {min_sessions} Einheiten in Ihrer ersten Woche und ebenso viele in einer späteren, eigenen Woche. Bewerten Sie Ihren Schmerz weiter vor Ihren Einheiten.</translation>
        </message>
        <message>
            <source>“A clear rise” means at least 30 % and 2 points higher.</source>
            <translation>„Ein klarer Anstieg“ heißt mindestens 30 % und 2 Punkte höher.</translation>
        </message>
        <message>
            <source>Not enough sessions yet</source>
            <translation>Noch nicht genug Einheiten</translation>
        </message>
        <message>
            <source>no session</source>
            <translation>keine Einheit</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Einheit</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} Einheiten</translation>
        </message>
        <message>
            <source>Not enough sessions yet to read a trend: you have {ratings} before sessions or at other times, over {days}, but {sessions}. A reading needs at least {min_ratings} ratings and {min_sessions} sessions in your first week, and as many in a later, separate week.</source>
            <translation>Noch nicht genug Einheiten für eine Auswertung: Sie haben {ratings} vor Einheiten oder zu anderen Zeiten, über {days}, aber {sessions}. Eine Auswertung braucht mindestens {min_ratings} Bewertungen und {min_sessions} Einheiten in Ihrer ersten Woche und ebenso viele in einer späteren, eigenen Woche.</translation>
        </message>
    </context>
    <context>
        <name>safety</name>
        <message>
            <source>Backtimer offers general exercise routines for people living with ongoing low back pain. It doesn't diagnose anything and it is not a replacement for advice from your doctor or physiotherapist, who can tailor exercises to you. Most back pain is not caused by serious damage, and regular, gentle movement is safe and helpful for most people: some discomfort while you exercise is normal and is not a sign of harm. A few symptoms do need prompt medical help; they are listed below and under Help → When to get help. If you are pregnant, have recently had surgery, a fall or an injury, or have a condition such as osteoporosis, check with a health professional before you start.</source>
            <translation>Backtimer bietet allgemeine Übungsroutinen für Menschen mit anhaltenden Kreuzschmerzen. Es stellt keine Diagnose und ersetzt nicht den Rat Ihrer Ärztin, Ihres Arztes oder Ihrer Physiotherapie, die Übungen auf Sie abstimmen können. Die meisten Rückenschmerzen haben keine ernste Schädigung als Ursache, und regelmäßige, sanfte Bewegung ist für die meisten Menschen sicher und hilfreich: Etwas Unbehagen beim Üben ist normal und kein Zeichen für einen Schaden. Einige wenige Beschwerden brauchen rasch ärztliche Hilfe; sie stehen unten und unter Hilfe → Wann Sie Hilfe holen sollten. Wenn Sie schwanger sind, vor Kurzem operiert wurden, gestürzt sind oder sich verletzt haben oder eine Erkrankung wie Osteoporose haben, sprechen Sie vor dem Start mit einer medizinischen Fachperson.</translation>
        </message>
        <message>
            <source>New numbness, tingling or altered feeling between your inner thighs, around your genitals or back passage, or in your buttocks — including feeling different when wiping.</source>
            <translation>Neue Taubheit, neues Kribbeln oder veränderte Empfindung zwischen den Innenseiten der Oberschenkel, im Genital- oder Afterbereich oder am Gesäß – auch ein anderes Gefühl beim Abwischen.</translation>
        </message>
        <message>
            <source>New difficulty starting to pass urine, weaker feeling when passing it, not knowing when your bladder is full, or leaking.</source>
            <translation>Neue Schwierigkeiten, das Wasserlassen zu beginnen, ein schwächeres Gefühl dabei, nicht merken, wann die Blase voll ist, oder Urinverlust.</translation>
        </message>
        <message>
            <source>New loss of bowel control or of feeling when opening your bowels.</source>
            <translation>Neuer Verlust der Kontrolle über den Darm oder des Gefühls beim Stuhlgang.</translation>
        </message>
        <message>
            <source>A new change in sexual function or genital sensation.</source>
            <translation>Eine neue Veränderung der Sexualfunktion oder des Gefühls im Genitalbereich.</translation>
        </message>
        <message>
            <source>Pain, numbness or weakness in both legs, or leg weakness that is severe or getting worse (tripping, a dropping foot, difficulty walking).</source>
            <translation>Schmerzen, Taubheit oder Schwäche in beiden Beinen oder eine Beinschwäche, die stark ist oder zunimmt (Stolpern, ein herabhängender Fuß, Schwierigkeiten beim Gehen).</translation>
        </message>
        <message>
            <source>Back pain after a serious accident or fall, or after a minor fall if you have osteoporosis or take long-term steroids.</source>
            <translation>Rückenschmerzen nach einem schweren Unfall oder Sturz oder nach einem leichten Sturz, wenn Sie Osteoporose haben oder dauerhaft Kortison (Steroide) nehmen.</translation>
        </message>
        <message>
            <source>Back pain together with chest pain, a pulsing pain in your tummy, or feeling faint.</source>
            <translation>Rückenschmerzen zusammen mit Brustschmerzen, einem pulsierenden Schmerz im Bauch oder einem Gefühl, ohnmächtig zu werden.</translation>
        </message>
        <message>
            <source>Fever, chills or feeling generally unwell with back pain.</source>
            <translation>Fieber, Schüttelfrost oder allgemeines Krankheitsgefühl zusammen mit Rückenschmerzen.</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain.</source>
            <translation>Gewichtsverlust, den Sie sich nicht erklären können.</translation>
        </message>
        <message>
            <source>Past or current cancer and new or changed back pain.</source>
            <translation>Eine frühere oder jetzige Krebserkrankung und neue oder veränderte Rückenschmerzen.</translation>
        </message>
        <message>
            <source>Pain that is constant, not eased by rest or changing position, or worse at night.</source>
            <translation>Schmerzen, die ständig da sind, durch Ruhe oder einen Positionswechsel nicht nachlassen oder nachts schlimmer sind.</translation>
        </message>
        <message>
            <source>A lump, swelling or change in the shape of your back, or pain mainly between the shoulder blades.</source>
            <translation>Ein Knoten, eine Schwellung oder eine Formveränderung am Rücken oder Schmerzen vor allem zwischen den Schulterblättern.</translation>
        </message>
        <message>
            <source>A weakened immune system, or a history of injecting drugs, with new back pain.</source>
            <translation>Ein geschwächtes Immunsystem oder früherer Drogenkonsum mit Spritzen, zusammen mit neuen Rückenschmerzen.</translation>
        </message>
        <message>
            <source>Pain that is not improving after about 6 weeks of looking after it yourself.</source>
            <translation>Schmerzen, die nach etwa 6 Wochen Selbstbehandlung nicht besser werden.</translation>
        </message>
        <message>
            <source>Pain that is steadily getting worse or stopping your daily activities.</source>
            <translation>Schmerzen, die stetig schlimmer werden oder Sie von Ihren täglichen Tätigkeiten abhalten.</translation>
        </message>
        <message>
            <source>Numbness, pins and needles or weakness in one leg that is not settling.</source>
            <translation>Taubheit, Kribbeln oder Schwäche in einem Bein, die nicht abklingt.</translation>
        </message>
        <message>
            <source>Morning stiffness lasting more than 30 minutes that eases as you move, especially if you are under 45.</source>
            <translation>Morgensteifigkeit, die länger als 30 Minuten dauert und bei Bewegung nachlässt, besonders wenn Sie jünger als 45 sind.</translation>
        </message>
        <message>
            <source>Back pain that is new and started before the age of 20 or after the age of 50: have it checked by a doctor rather than waiting to see if it settles.</source>
            <translation>Neue Rückenschmerzen, die vor dem 20. oder nach dem 50. Lebensjahr begonnen haben: Lassen Sie sie ärztlich abklären, statt abzuwarten, ob sie abklingen.</translation>
        </message>
        <message>
            <source>Feeling worried or unable to cope.</source>
            <translation>Sorgen oder das Gefühl, nicht zurechtzukommen.</translation>
        </message>
        <message>
            <source>Help → When to get help (F1)</source>
            <translation>Hilfe → Wann Sie Hilfe holen sollten (F1)</translation>
        </message>
        <message>
            <source>Stop the exercise and rest if pain goes above 5 out of 10 or keeps climbing, spreads down a leg, or you notice new numbness, tingling or weakness, dizziness, chest pain or tightness, unusual breathlessness, a racing or pounding heart, or a painful swollen calf.</source>
            <translation>Beenden Sie die Übung und ruhen Sie sich aus, wenn der Schmerz über 5 von 10 steigt oder immer weiter zunimmt, ins Bein ausstrahlt oder wenn Sie neue Taubheit, neues Kribbeln oder neue Schwäche, Schwindel, Brustschmerzen oder Engegefühl in der Brust, ungewöhnliche Atemnot, Herzrasen oder starkes Herzklopfen oder eine schmerzhafte, geschwollene Wade bemerken.</translation>
        </message>
        <message>
            <source>{signs} If any emergency symptom appears, stop the session and get help: {where}.</source>
            <translation>{signs} Wenn ein Notfallzeichen auftritt, beenden Sie die Einheit und holen Sie Hilfe: {where}.</translation>
        </message>
        <message>
            <source>For every exercise: stop if pain goes above 5 out of 10 or keeps climbing, spreads down a leg, or you feel new numbness, tingling or weakness, dizziness, chest pain or unusual breathlessness. {where} lists the symptoms that need a doctor.</source>
            <translation>Für jede Übung gilt: Aufhören, wenn der Schmerz über 5 von 10 steigt oder immer weiter zunimmt, ins Bein ausstrahlt oder wenn Sie neue Taubheit, neues Kribbeln oder neue Schwäche, Schwindel, Brustschmerzen oder ungewöhnliche Atemnot spüren. Unter {where} stehen die Beschwerden, die ärztliche Hilfe brauchen.</translation>
        </message>
        <message>
            <source>Numbness around the genitals, back passage or buttocks, or new problems passing urine or controlling your bladder or bowels, can be a sign of a rare but serious nerve problem (cauda equina syndrome). Stop exercising and get emergency help now: call the emergency number or go to an emergency department. Do not wait to see if it settles.</source>
            <translation>Taubheit im Genital- oder Afterbereich oder am Gesäß oder neue Probleme beim Wasserlassen oder mit der Kontrolle über Blase oder Darm können ein Zeichen für ein seltenes, aber ernstes Nervenproblem sein (Cauda-equina-Syndrom). Hören Sie auf zu üben und holen Sie jetzt Notfallhilfe: Rufen Sie den Notruf an oder gehen Sie in eine Notaufnahme. Warten Sie nicht ab, ob es abklingt.</translation>
        </message>
        <message>
            <source>With pain down a leg, or numbness, tingling or weakness, skip any exercise that brings it on or makes it spread, and go gently today. If it is in both legs, or a leg is getting weaker (tripping, a dropping foot), get emergency help now. If it is in one leg and not settling, see a doctor or physiotherapist soon. The full list is under {where}.</source>
            <translation>Bei Schmerzen, die ins Bein ziehen, oder bei Taubheit, Kribbeln oder Schwäche lassen Sie jede Übung aus, die das auslöst oder ausbreitet, und machen Sie heute langsam. Wenn es beide Beine betrifft oder ein Bein schwächer wird (Stolpern, ein herabhängender Fuß), holen Sie jetzt Notfallhilfe. Wenn es ein Bein betrifft und nicht abklingt, gehen Sie bald zu einer Ärztin, einem Arzt oder in die Physiotherapie. Die vollständige Liste steht unter {where}.</translation>
        </message>
        <message>
            <source>That is a high score. Take it easy today: gentle movement and the {routine} routine usually help more than rest alone, and a flare usually settles within days to a couple of weeks. If you notice any of the symptoms under When to get help, seek medical advice.</source>
            <translation>Das ist ein hoher Wert. Machen Sie heute langsam: Sanfte Bewegung und die Routine „{routine}“ helfen meist mehr als reine Ruhe, und ein Schub klingt meist innerhalb von Tagen bis wenigen Wochen ab. Wenn Sie eine der Beschwerden unter „Wann Sie Hilfe holen sollten“ bemerken, holen Sie ärztlichen Rat ein.</translation>
        </message>
        <message>
            <source>Your pain went up by {rise} points during this session. That does not mean harm, but next time do less (about a third fewer reps or sets) and check how you feel tomorrow morning. If it keeps happening, or you notice any of the symptoms under When to get help, talk to your doctor or physiotherapist.</source>
            <translation>Ihr Schmerz ist in dieser Einheit um {rise} Punkte gestiegen. Das bedeutet keinen Schaden, aber machen Sie beim nächsten Mal weniger (etwa ein Drittel weniger Wiederholungen oder Sätze) und achten Sie darauf, wie es Ihnen morgen früh geht. Wenn das immer wieder passiert oder Sie eine der Beschwerden unter „Wann Sie Hilfe holen sollten“ bemerken, sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie.</translation>
        </message>
        <message>
            <source>pain down a leg</source>
            <translation>Schmerz, der ins Bein zieht</translation>
        </message>
        <message>
            <source>numbness, tingling or weakness</source>
            <translation>Taubheit, Kribbeln oder Schwäche</translation>
        </message>
        <message>
            <source>numbness around the genitals or back passage, or bladder or bowel changes</source>
            <translation>Taubheit im Genital- oder Afterbereich oder Veränderungen bei Blase oder Darm</translation>
        </message>
        <message>
            <source>pain down the leg, numbness or tingling</source>
            <translation>Schmerz, der ins Bein zieht, Taubheit oder Kribbeln</translation>
        </message>
        <message>
            <source>{signs} If any symptom in the first list above appears, stop the session and get emergency help.</source>
            <translation>{signs} Wenn eine Beschwerde aus der ersten Liste oben auftritt, beenden Sie die Einheit und holen Sie Notfallhilfe.</translation>
        </message>
        <message>
            <source>During exercise</source>
            <translation>Beim Üben</translation>
        </message>
        <message>
            <source>Get emergency help now</source>
            <translation>Jetzt Notfallhilfe holen</translation>
        </message>
        <message>
            <source>Stop and call the emergency number, or go to an emergency department, if you have:</source>
            <translation>Hören Sie mit dem Üben auf und rufen Sie den Notruf an oder gehen Sie in eine Notaufnahme, wenn Sie Folgendes bemerken:</translation>
        </message>
        <message>
            <source>Contact a doctor the same day</source>
            <translation>Noch am selben Tag ärztlichen Rat holen</translation>
        </message>
        <message>
            <source>If you have back pain and:</source>
            <translation>Wenn Sie Rückenschmerzen haben und:</translation>
        </message>
        <message>
            <source>See a doctor or physiotherapist soon</source>
            <translation>Bald ärztlich oder physiotherapeutisch abklären lassen</translation>
        </message>
        <message>
            <source>If you have:</source>
            <translation>Wenn Sie Folgendes haben:</translation>
        </message>
    </context>
    <context>
        <name>today</name>
        <message>
            <source>No routine is available: check the Library.</source>
            <translation>Keine Routine verfügbar: Sehen Sie in der Bibliothek nach.</translation>
        </message>
        <message>
            <source>You are in flare mode: keep moving gently.</source>
            <translation>Sie sind im Schubmodus: Bleiben Sie sanft in Bewegung.</translation>
        </message>
        <message>
            <source>The routine you did last.</source>
            <translation>Die Routine, die Sie zuletzt gemacht haben.</translation>
        </message>
        <message>
            <source>The place to start.</source>
            <translation>Der richtige Einstieg.</translation>
        </message>
        <message>
            <source>{title} (my level)</source>
            <translation>{title} (meine Stufe)</translation>
        </message>
    </context>
</TS>
