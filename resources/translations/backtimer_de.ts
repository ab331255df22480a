<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name />
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
            <source>Start</source>
            <translation>Start</translation>
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
            <translation>Schritt neu starten</translation>
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
            <source>Sound on</source>
            <translation>Ton an</translation>
        </message>
        <message>
            <source>Mute or unmute sound</source>
            <translation>Ton aus- oder einschalten</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Bodenmodus</translation>
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
            <source>nothing special</source>
            <translation>nichts Besonderes</translation>
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
            <source>Your own exercise, from {path}</source>
            <translation>Ihre eigene Übung, aus {path}</translation>
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
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>Activities chart</source>
            <translation>Diagramm der Aktivitäten</translation>
        </message>
        <message>
            <source>Average of all activities</source>
            <translation>Durchschnitt aller Aktivitäten</translation>
        </message>
    </context>
    <context>
        <name>ActivityCheckinDialog</name>
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
            <source>Saved this week's check-in ({count} activities).</source>
            <translation>Check-in dieser Woche gespeichert ({count} Aktivitäten).</translation>
        </message>
        <message>
            <source>The check-in will be offered again next week.</source>
            <translation>Der Check-in wird nächste Woche wieder angeboten.</translation>
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
            <source>Could not {what}: {error}</source>
            <translation>Konnte nicht {what}: {error}</translation>
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
    </context>
    <context>
        <name>BlockForm</name>
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
            <translation>Pause zwischen dem Halten:</translation>
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
            <translation>freiwillig, z. B. 5, 3, 1 (ersetzt Wiederholungen und Sätze)</translation>
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
            <source>&lt;b&gt;{title}&lt;/b&gt;, started {started}, did not finish: Backtimer closed while it was running.&lt;br&gt;&lt;br&gt;The {steps} steps you completed are saved.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;, begonnen {started}, wurde nicht beendet: Backtimer wurde während des Trainings geschlossen.&lt;br&gt;&lt;br&gt;Die {steps} Schritte, die Sie geschafft haben, sind gespeichert.</translation>
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
            <source>&amp;Try this exercise</source>
            <translation>Übung &amp;ausprobieren</translation>
        </message>
        <message>
            <source>Run this exercise on its own in the player</source>
            <translation>Diese Übung einzeln im Player ausführen</translation>
        </message>
        <message>
            <source>Add to a &amp;routine…</source>
            <translation>Zu einer &amp;Routine hinzufügen …</translation>
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
            <source>{shown} exercise{value}</source>
            <translation>{shown} Übung(en){value}</translation>
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
            <source>Keep moving gently: the Flare-Up Day routine once or twice a day, short walks (3–5 minutes several times a day), and change position often.</source>
            <translation>Bleiben Sie sanft in Bewegung: die Routine „Flare-Up Day“ ein- oder zweimal am Tag, kurze Spaziergänge (3–5 Minuten, mehrmals täglich) und oft die Position wechseln.</translation>
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
            <source>Flare mode and start Flare-Up Day now</source>
            <translation>Schubmodus und „Flare-Up Day“ jetzt starten</translation>
        </message>
        <message>
            <source>Flare mode only</source>
            <translation>Nur Schubmodus</translation>
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
            <translation>Noch keine Einheiten – Ihre Trainings erscheinen hier.</translation>
        </message>
        <message>
            <source>No sessions between {start} and {end}. Choose “All” to see every session.</source>
            <translation>Keine Einheiten zwischen {start} und {end}. Wählen Sie „Alles“, um jede Einheit zu sehen.</translation>
        </message>
        <message>
            <source>Scores you logged between workouts.</source>
            <translation>Werte, die Sie zwischen den Trainings eingetragen haben.</translation>
        </message>
        <message>
            <source> Double-click a score or note to correct it.</source>
            <translation> Doppelklicken Sie auf einen Wert oder eine Notiz, um sie zu korrigieren.</translation>
        </message>
        <message>
            <source>No pain checks outside workouts in this period. Use “Log pain now…” to add one.</source>
            <translation>Keine Schmerzeinträge außerhalb der Trainings in diesem Zeitraum. Mit „Schmerz jetzt eintragen …“ fügen Sie einen hinzu.</translation>
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
            <source>&amp;From</source>
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
            <translation>Schmerzeinträge außerhalb der Trainings</translation>
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
            <source>&lt;b&gt;%1&lt;/b&gt; is paused. Pain during exercise is common and is not harm, but </source>
            <translation>&lt;b&gt;%1&lt;/b&gt; ist pausiert. Schmerz beim Üben ist häufig und bedeutet keinen Schaden, aber </translation>
        </message>
        <message>
            <source>sharp or spreading pain is a reason to stop this one.</source>
            <translation>stechender oder ausstrahlender Schmerz ist ein Grund, diese Übung zu beenden.</translation>
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
            <translation>Die &amp;sanftere versuchen: %1</translation>
        </message>
        <message>
            <source>&amp;Skip this exercise</source>
            <translation>Übung ü&amp;berspringen</translation>
        </message>
        <message>
            <source>S&amp;top the workout</source>
            <translation>Training &amp;beenden</translation>
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
            <source>Re&amp;store a backup…</source>
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
            <translation>&amp;Anstrengung (freiwillig): Hätten Sie von jeder Übung noch 2–3 mehr geschafft?</translation>
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
            <translation>mittel, viele mehr wären gegangen</translation>
        </message>
        <message>
            <source>could have done 2–3 more</source>
            <translation>2–3 mehr wären gegangen</translation>
        </message>
        <message>
            <source>hard, one more at most</source>
            <translation>schwer, höchstens noch eine</translation>
        </message>
        <message>
            <source>could not have done one more</source>
            <translation>keine einzige mehr wäre gegangen</translation>
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
            <source>Press Enter again to save.</source>
            <translation>Zum Speichern noch einmal die Eingabetaste drücken.</translation>
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
            <source>Paused — press Space to carry on</source>
            <translation>Pausiert – mit der Leertaste geht es weiter</translation>
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
            <source>Pause</source>
            <translation>Pause</translation>
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
    </context>
    <context>
        <name>RoutineActions</name>
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
            <translation>Heute noch nicht gemacht (Sie haben gemacht: {others})</translation>
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
            <source>From Back Basics to Core Control in 12 weeks: 2–3 strength sessions a week, walking on the other days, one small step up at a time.</source>
            <translation>In 12 Wochen von „Back Basics“ zu „Core Control“: 2–3 Krafteinheiten pro Woche, an den anderen Tagen Gehen, immer nur ein kleiner Schritt nach oben.</translation>
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
            <source>Pain trend chart</source>
            <translation>Diagramm des Schmerzverlaufs</translation>
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
        <name>WorkoutFlow</name>
        <message>
            <source>Quit during a workout?</source>
            <translation>Während eines Trainings beenden?</translation>
        </message>
        <message>
            <source>A workout is running. Quit anyway? The steps you have done are saved.</source>
            <translation>Ein Training läuft. Trotzdem beenden? Die Schritte, die Sie gemacht haben, sind gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>WorkoutSession</name>
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
</TS>
