<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Activities</name>
        <message>
            <source>An activity needs a name, for example “putting on socks”.</source>
            <translation>Una actividad necesita un nombre, por ejemplo «ponerme los calcetines».</translation>
        </message>
        <message>
            <source>Keep the activity's name under {limit} characters (it has {count}).</source>
            <translation>El nombre de la actividad debe tener menos de {limit} caracteres (tiene {count}).</translation>
        </message>
        <message>
            <source>The check-in holds up to {limit} activities. Retire one you no longer find hard before adding another (its ratings are kept).</source>
            <translation>El control admite hasta {limit} actividades. Retira una que ya no te cueste antes de añadir otra (sus valoraciones se conservan).</translation>
        </message>
        <message>
            <source>The new order must list each active activity exactly once.</source>
            <translation>El nuevo orden debe incluir cada actividad activa exactamente una vez.</translation>
        </message>
        <message>
            <source>Ratings are whole numbers from 0 to 10, not {score!r}.</source>
            <translation>Las valoraciones son números enteros del 0 al 10, no {score!r}.</translation>
        </message>
        <message>
            <source>No activity with id {id} in the journal.</source>
            <translation>No hay ninguna actividad con el id {id} en el diario.</translation>
        </message>
        <message>
            <source>“{name}” is already on your list.</source>
            <translation>«{name}» ya está en tu lista.</translation>
        </message>
        <message>
            <source>No active activity with id {id} in the journal.</source>
            <translation>No hay ninguna actividad activa con el id {id} en el diario.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <source>Activities reading</source>
            <translation>Lectura de las actividades</translation>
        </message>
        <message>
            <source>Your own activities, rated each week: 0 = can't do it, 10 = as well as before the problem. Higher is better. A change of the average by 2 points, or of one activity by 3, is more than week-to-week noise.</source>
            <translation>Tus propias actividades, valoradas cada semana: 0 = no puedo hacerlo, 10 = tan bien como antes del problema. Más alto es mejor. Un cambio de 2 puntos en la media, o de 3 en una actividad, es más que la variación normal de una semana a otra.</translation>
        </message>
        <message>
            <source>No weekly check-ins yet. Name a few everyday things your back makes hard and rate them once a week: this page then shows what you can do again.</source>
            <translation>Todavía no hay controles semanales. Anota algunas cosas cotidianas que la espalda te pone difíciles y valóralas una vez por semana: esta página mostrará lo que vuelves a poder hacer.</translation>
        </message>
        <message>
            <source>Start your first check-in</source>
            <translation>Hacer el primer control</translation>
        </message>
        <message>
            <source>Drawing the chart…</source>
            <translation>Dibujando el gráfico…</translation>
        </message>
    </context>
    <context>
        <name>ActivityCalendar</name>
        <message>
            <source>Calendar of active days</source>
            <translation>Calendario de días activos</translation>
        </message>
        <message>
            <source>no session</source>
            <translation>ninguna sesión</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>0 can't do it</source>
            <translation>0 no puedo</translation>
        </message>
        <message>
            <source>10 as before</source>
            <translation>10 como antes</translation>
        </message>
        <message>
            <source>Activities chart</source>
            <translation>Gráfico de actividades</translation>
        </message>
        <message>
            <source>Average of all activities</source>
            <translation>Media de todas las actividades</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retirada</translation>
        </message>
    </context>
    <context>
        <name>ActivityCheckinDialog</name>
        <message>
            <source>putting on socks, gardening for 30 minutes, sitting through a film</source>
            <translation>ponerme los calcetines, trabajar 30 minutos en el jardín, ver una película entera sin levantarme</translation>
        </message>
        <message>
            <source>Weekly check-in</source>
            <translation>Control semanal</translation>
        </message>
        <message>
            <source>How well can you do these this week?&lt;br&gt;&lt;b&gt;0&lt;/b&gt; = can't do it, &lt;b&gt;10&lt;/b&gt; = as well as before your back problem.</source>
            <translation>¿Qué tal puedes hacer esto esta semana?&lt;br&gt;&lt;b&gt;0&lt;/b&gt; = no puedo hacerlo, &lt;b&gt;10&lt;/b&gt; = tan bien como antes del problema de espalda.</translation>
        </message>
        <message>
            <source>Name up to {count} everyday activities your back makes hard — for example {examples}. Each week you rate them, and Trends shows how they change.</source>
            <translation>Anota hasta {count} actividades cotidianas que la espalda te pone difíciles, por ejemplo {examples}. Cada semana las valoras y en Tendencias ves cómo cambian.</translation>
        </message>
        <message>
            <source>A new activity, e.g. “putting on socks”</source>
            <translation>Una actividad nueva, p. ej. «ponerme los calcetines»</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Actividad nueva</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Not this week</source>
            <translation>Esta semana &amp;no</translation>
        </message>
        <message>
            <source>Ask me &amp;later</source>
            <translation>Preguntar &amp;más tarde</translation>
        </message>
        <message>
            <source>Five activities: retire one to add another</source>
            <translation>Cinco actividades: retira una para añadir otra</translation>
        </message>
        <message>
            <source>Score for {name}</source>
            <translation>Puntuación de {name}</translation>
        </message>
        <message>
            <source>last time {score}</source>
            <translation>la última vez {score}</translation>
        </message>
        <message>
            <source>note (optional)</source>
            <translation>nota (opcional)</translation>
        </message>
        <message>
            <source>Note for {name}</source>
            <translation>Nota sobre {name}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Stop asking about it; its ratings stay in your history</source>
            <translation>Dejar de preguntar; sus valoraciones se quedan en tu historial</translation>
        </message>
        <message>
            <source>“{name}” is already on your list.</source>
            <translation>«{name}» ya está en tu lista.</translation>
        </message>
        <message>
            <source>Rename activity</source>
            <translation>Cambiar el nombre de la actividad</translation>
        </message>
        <message>
            <source>New name (its ratings are kept):</source>
            <translation>Nombre nuevo (se conservan sus valoraciones):</translation>
        </message>
        <message>
            <source>Retire activity</source>
            <translation>Retirar actividad</translation>
        </message>
        <message>
            <source>Stop asking about “{name}”? Its ratings stay in Trends, exports and the report.</source>
            <translation>¿Dejar de preguntar por «{name}»? Sus valoraciones se quedan en Tendencias, en las exportaciones y en el informe.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCheckins</name>
        <message>
            <source>Saved this week's check-in (1 activity).</source>
            <translation>Control de esta semana guardado (1 actividad).</translation>
        </message>
        <message>
            <source>Saved this week's check-in ({count} activities).</source>
            <translation>Control de esta semana guardado ({count} actividades).</translation>
        </message>
        <message>
            <source>The check-in will be offered again next week.</source>
            <translation>El control se volverá a ofrecer la semana que viene.</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Cannot write the start-at-login entry {path}: {reason}. Check that {folder} is writable.</source>
            <translation>No se puede escribir la entrada de inicio al iniciar sesión {path}: {reason}. Comprueba que se pueda escribir en {folder}.</translation>
        </message>
        <message>
            <source>Cannot remove the start-at-login entry {path}: {reason}. Check that {folder} is writable.</source>
            <translation>No se puede quitar la entrada de inicio al iniciar sesión {path}: {reason}. Comprueba que se pueda escribir en {folder}.</translation>
        </message>
    </context>
    <context>
        <name>BacktimerApp</name>
        <message>
            <source>To&amp;day</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Biblioteca</translation>
        </message>
        <message>
            <source>Weekly &amp;check-in…</source>
            <translation>&amp;Control semanal…</translation>
        </message>
        <message>
            <source>Journal opened read-only: workouts are not being recorded.</source>
            <translation>Diario abierto en solo lectura: los entrenamientos no se están anotando.</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>Hi&amp;storial</translation>
        </message>
        <message>
            <source>&amp;Trends</source>
            <translation>&amp;Tendencias</translation>
        </message>
        <message>
            <source>&amp;Activities</source>
            <translation>&amp;Actividades</translation>
        </message>
        <message>
            <source>Flare mode is on: today is marked as a flare day.</source>
            <translation>El modo brote está activado: hoy queda marcado como día de brote.</translation>
        </message>
        <message>
            <source>Could not {what}: {error}</source>
            <translation>No se pudo {what}: {error}</translation>
        </message>
        <message>
            <source>Your workout carries on; what was saved before is safe.</source>
            <translation>Tu entrenamiento sigue; lo que se guardó antes está a salvo.</translation>
        </message>
        <message>
            <source>What was saved before is safe.</source>
            <translation>Lo que se guardó antes está a salvo.</translation>
        </message>
        <message>
            <source>Could not save to the journal</source>
            <translation>No se pudo guardar en el diario</translation>
        </message>
        <message>
            <source>Some routine files were skipped</source>
            <translation>Se saltaron algunos archivos de rutina</translation>
        </message>
        <message>
            <source>These files have problems and were not loaded (everything else was):</source>
            <translation>Estos archivos tienen problemas y no se cargaron (todo lo demás sí):</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <source>Check a file with: backtimer routines check FILE</source>
            <translation>Comprueba un archivo con: backtimer routines check FILE</translation>
        </message>
        <message>
            <source>Backtimer cannot start</source>
            <translation>Backtimer no puede iniciarse</translation>
        </message>
        <message>
            <source>Backtimer is already running</source>
            <translation>Backtimer ya está en marcha</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is nothing to back up yet: no journal at {path} (or it is empty).</source>
            <translation>Todavía no hay nada que copiar: no hay diario en {path} (o está vacío).</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name and try again.</source>
            <translation>No existe el archivo {path}. Revisa el nombre e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The backup {path} was written by a newer Backtimer (schema v{version}); this version understands up to v{supported}. Update Backtimer first. Nothing was changed.</source>
            <translation>La copia {path} la escribió un Backtimer más nuevo (esquema v{version}); esta versión entiende hasta v{supported}. Actualiza Backtimer primero. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The journal {subject} is damaged ({damage}), so no backup was made and the backups you have are kept. Restore one with: backtimer restore FILE</source>
            <translation>El diario {subject} está dañado ({damage}), así que no se hizo ninguna copia y se conservan las copias que tienes. Restaura una con: backtimer restore FILE</translation>
        </message>
        <message>
            <source>The journal {path} is locked by another program, so it could not be copied. Close the program that has it open (often another Backtimer window), then try again.</source>
            <translation>Otro programa tiene bloqueado el diario {path}, así que no se pudo copiar. Cierra el programa que lo tiene abierto (a menudo otra ventana de Backtimer) e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The file {path} cannot be restored: it is damaged or not a Backtimer journal ({detail}). Choose another backup; your journal was not changed.</source>
            <translation>No se puede restaurar el archivo {path}: está dañado o no es un diario de Backtimer ({detail}). Elige otra copia; tu diario no se ha cambiado.</translation>
        </message>
        <message>
            <source>the disk it is on is full</source>
            <translation>el disco en el que está se ha llenado</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}. Nothing was written there; check that the folder exists, is writable and has free space.</source>
            <translation>No se pudo escribir {path}: {reason}. No se ha escrito nada allí; comprueba que la carpeta existe, se puede escribir y tiene espacio libre.</translation>
        </message>
    </context>
    <context>
        <name>BlockForm</name>
        <message>
            <source>No sides</source>
            <translation>Sin lados</translation>
        </message>
        <message>
            <source>Each side in turn (all left, then all right)</source>
            <translation>Cada lado por turno (todo a la izquierda, luego todo a la derecha)</translation>
        </message>
        <message>
            <source>Alternate left and right (counts per side)</source>
            <translation>Alternando izquierda y derecha (cuenta por lado)</translation>
        </message>
        <message>
            <source>Change e&amp;xercise…</source>
            <translation>Cambiar &amp;ejercicio…</translation>
        </message>
        <message>
            <source>Change exercise</source>
            <translation>Cambiar ejercicio</translation>
        </message>
        <message>
            <source>Dosage mode</source>
            <translation>Tipo de dosificación</translation>
        </message>
        <message>
            <source>Mode settings</source>
            <translation>Ajustes del tipo</translation>
        </message>
        <message>
            <source>Problem with reps per set</source>
            <translation>Problema con las repeticiones por serie</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>Problem with sides</source>
            <translation>Problema con los lados</translation>
        </message>
        <message>
            <source>Routine default</source>
            <translation>Valor de la rutina</translation>
        </message>
        <message>
            <source>Exercise:</source>
            <translation>Ejercicio:</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>&amp;Lados:</translation>
        </message>
        <message>
            <source>Switch pause:</source>
            <translation>Pausa para cambiar de lado:</translation>
        </message>
        <message>
            <source>Get ready:</source>
            <translation>Preparación:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>Hol&amp;d each:</source>
            <translation>&amp;Mantener cada una:</translation>
        </message>
        <message>
            <source>Rest between holds:</source>
            <translation>Descanso entre mantenimientos:</translation>
        </message>
        <message>
            <source>Rest between sets:</source>
            <translation>Descanso entre series:</translation>
        </message>
        <message>
            <source>Eac&amp;h rep takes:</source>
            <translation>&amp;Cada repetición dura:</translation>
        </message>
        <message>
            <source>Pace cue:</source>
            <translation>Indicación de ritmo:</translation>
        </message>
        <message>
            <source>Wor&amp;k:</source>
            <translation>T&amp;rabajo:</translation>
        </message>
        <message>
            <source>Work label:</source>
            <translation>Nombre del trabajo:</translation>
        </message>
        <message>
            <source>Rest:</source>
            <translation>Descanso:</translation>
        </message>
        <message>
            <source>Rest label:</source>
            <translation>Nombre del descanso:</translation>
        </message>
        <message>
            <source>Rou&amp;nds:</source>
            <translation>R&amp;ondas:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duración:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <source>Time estimate:</source>
            <translation>Tiempo estimado:</translation>
        </message>
        <message>
            <source>Reps i&amp;n each set:</source>
            <translation>Repeticiones &amp;por serie:</translation>
        </message>
        <message>
            <source>Set&amp;s:</source>
            <translation>&amp;Series:</translation>
        </message>
        <message>
            <source>optional, e.g. 5, 3, 1 (replaces reps and sets)</source>
            <translation>opcional, p. ej. 5, 3, 1 (sustituye repeticiones y series)</translation>
        </message>
        <message>
            <source>P&amp;yramid:</source>
            <translation>P&amp;irámide:</translation>
        </message>
        <message>
            <source>Add an exercise with Insert to set its dosage.</source>
            <translation>Añade un ejercicio con Insert para fijar su dosificación.</translation>
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
            <translation>El diario es de solo lectura</translation>
        </message>
        <message>
            <source>Pain scores cannot be saved right now.</source>
            <translation>Ahora mismo no se pueden guardar puntuaciones de dolor.</translation>
        </message>
        <message>
            <source>Log pain now</source>
            <translation>Anotar dolor ahora</translation>
        </message>
        <message>
            <source>Saved: pain {score}/10 at {time}.</source>
            <translation>Guardado: dolor {score}/10 a las {time}.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Buenos días</translation>
        </message>
        <message>
            <source>How is your back this morning, after yesterday's workout?</source>
            <translation>¿Cómo está tu espalda esta mañana, después del entrenamiento de ayer?</translation>
        </message>
        <message>
            <source>Pain after that workout</source>
            <translation>Dolor después de ese entrenamiento</translation>
        </message>
        <message>
            <source>A workout did not finish</source>
            <translation>Un entrenamiento no terminó</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;, started {started}, did not finish: Backtimer closed while it was running.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;, empezado {started}, no terminó: Backtimer se cerró mientras estaba en marcha.</translation>
        </message>
        <message>
            <source>No step had been completed yet.</source>
            <translation>Aún no habías completado ningún paso.</translation>
        </message>
        <message>
            <source>The step you completed is saved.</source>
            <translation>El paso que completaste está guardado.</translation>
        </message>
        <message>
            <source>The {steps} steps you completed are saved.</source>
            <translation>Los {steps} pasos que completaste están guardados.</translation>
        </message>
        <message>
            <source>dddd d MMMM 'at' HH:mm</source>
            <translation>dddd d 'de' MMMM 'a las' HH:mm</translation>
        </message>
        <message>
            <source>Record pain and finish it</source>
            <translation>Anotar el dolor y terminarlo</translation>
        </message>
        <message>
            <source>Mark it interrupted</source>
            <translation>Marcarlo como interrumpido</translation>
        </message>
    </context>
    <context>
        <name>CheckinDueCard</name>
        <message>
            <source>Weekly check-in</source>
            <translation>Control semanal</translation>
        </message>
        <message>
            <source>Check in now</source>
            <translation>Hacer el control ahora</translation>
        </message>
        <message>
            <source>Not this week</source>
            <translation>Esta semana no</translation>
        </message>
        <message>
            <source>How well can you do your activity this week? It takes under a minute.</source>
            <translation>¿Qué tal puedes hacer tu actividad esta semana? Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>How well can you do your {count} activities this week? It takes under a minute.</source>
            <translation>¿Qué tal puedes hacer tus {count} actividades esta semana? Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>Pain is only part of the story. Name a few everyday things your back makes hard and rate them once a week to see what you can do again.</source>
            <translation>El dolor es solo una parte. Anota algunas cosas cotidianas que la espalda te pone difíciles y valóralas una vez por semana para ver lo que vuelves a poder hacer.</translation>
        </message>
        <message>
            <source>Choose activities</source>
            <translation>Elegir actividades</translation>
        </message>
    </context>
    <context>
        <name>CheckinImport</name>
        <message>
            <source>1 check-in rating</source>
            <translation>1 valoración de control</translation>
        </message>
        <message>
            <source>{count} check-in ratings</source>
            <translation>{count} valoraciones de control</translation>
        </message>
        <message>
            <source>{ratings} and 1 activity</source>
            <translation>{ratings} y 1 actividad</translation>
        </message>
        <message>
            <source>{ratings} and {count} activities</source>
            <translation>{ratings} y {count} actividades</translation>
        </message>
        <message>
            <source>{path} is not a check-ins file exported by Backtimer (its header row should be {header}).</source>
            <translation>{path} no es un archivo de controles exportado por Backtimer (su fila de encabezado debería ser {header}).</translation>
        </message>
        <message>
            <source>{path}:{line}: {error}. Nothing from this file was imported.</source>
            <translation>{path}:{line}: {error}. No se ha importado nada de este archivo.</translation>
        </message>
        <message>
            <source>it has a different number of cells than the header</source>
            <translation>la fila tiene un número de celdas distinto del encabezado</translation>
        </message>
        <message>
            <source>day: expected a date like 2026-11-24, got {day_cell!r}</source>
            <translation>day: se esperaba una fecha como 2026-11-24; se encontró {day_cell!r}</translation>
        </message>
        <message>
            <source>score: expected a whole number 0–10, got {score_cell!r}</source>
            <translation>score: se esperaba un número entero del 0 al 10; se encontró {score_cell!r}</translation>
        </message>
        <message>
            <source>score: expected a whole number 0–10, got {score}</source>
            <translation>score: se esperaba un número entero del 0 al 10; se encontró {score}</translation>
        </message>
    </context>
    <context>
        <name>CliExchange</name>
        <message>
            <source>export the journal as CSV (sessions, or one row per step)</source>
            <translation>exportar el diario como CSV (sesiones o una fila por paso)</translation>
        </message>
        <message>
            <source>Write the journal as CSV for a spreadsheet: UTF-8 with BOM, a header row, ISO 8601 local times, '.' decimals. Columns: docs/data-format.md.</source>
            <translation>Escribe el diario como CSV para una hoja de cálculo: UTF-8 con BOM, una fila de encabezado, horas locales ISO 8601 y '.' como separador decimal. Columnas: docs/data-format.md.</translation>
        </message>
        <message>
            <source>the CSV file, or - for stdout, the default (control characters in notes shown as escapes)</source>
            <translation>el archivo CSV, o - para la salida estándar, que es lo predeterminado (los caracteres de control de las notas se muestran como secuencias de escape)</translation>
        </message>
        <message>
            <source>one row per step (and 'this hurts' report)</source>
            <translation>una fila por paso (y por aviso de «Esto duele»)</translation>
        </message>
        <message>
            <source>one row per weekly activity rating: day, activity, score, note</source>
            <translation>una fila por valoración semanal de actividad: día, actividad, puntuación, nota</translation>
        </message>
        <message>
            <source>import CSV files this app exported (new laptop, recovery)</source>
            <translation>importar archivos CSV que exportó esta aplicación (portátil nuevo, recuperación)</translation>
        </message>
        <message>
            <source>Add the contents of exported CSV files to the journal. Sessions files are read before steps files; check-ins files are recognised by their header; rows already in the journal are skipped. Rows with bad values are refused and counted by reason (exit status 1; the other rows are imported); a file that is not an export is refused whole (exit status 2).</source>
            <translation>Añade al diario el contenido de archivos CSV exportados. Los archivos de sesiones se leen antes que los de pasos; los de controles se reconocen por su encabezado; las filas que ya están en el diario se saltan. Las filas con valores incorrectos se rechazan y se cuentan por motivo (código de salida 1; el resto de filas se importa); un archivo que no es una exportación se rechaza entero (código de salida 2).</translation>
        </message>
        <message>
            <source>write a one- or two-page PDF summary for your physiotherapist</source>
            <translation>escribir un resumen en PDF de una o dos páginas para tu fisioterapeuta</translation>
        </message>
        <message>
            <source>Pain chart, trend reading, adherence, routines, 'this hurts' reports and notes. Default range: the last {weeks} weeks.</source>
            <translation>Gráfica del dolor, lectura de la tendencia, constancia, rutinas, avisos de «Esto duele» y notas. Periodo predeterminado: las últimas {weeks} semanas.</translation>
        </message>
        <message>
            <source>the PDF to write (default: backtimer-report-LAST-DAY.pdf in this folder)</source>
            <translation>el PDF que se escribe (predeterminado: backtimer-report-ÚLTIMO-DÍA.pdf en esta carpeta)</translation>
        </message>
        <message>
            <source>expected a date like 2026-11-24, got {text}</source>
            <translation>se esperaba una fecha como 2026-11-24; se encontró {text}</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}.</source>
            <translation>--from {first} es posterior a --to {last}.</translation>
        </message>
        <message>
            <source>Wrote 1 row to {file}</source>
            <translation>Se escribió 1 fila en {file}</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {file}</source>
            <translation>Se escribieron {count} filas en {file}</translation>
        </message>
        <message>
            <source>The report covers {first} to {last}, the days the journal can speak for.</source>
            <translation>El informe abarca del {first} al {last}, los días de los que puede hablar el diario.</translation>
        </message>
        <message>
            <source>Wrote {file} (1 page)</source>
            <translation>Se escribió {file} (1 página)</translation>
        </message>
        <message>
            <source>Wrote {file} ({count} pages)</source>
            <translation>Se escribió {file} ({count} páginas)</translation>
        </message>
    </context>
    <context>
        <name>CliJournal</name>
        <message>
            <source>copy the journal into the backups folder (or to FILE)</source>
            <translation>copiar el diario en la carpeta de copias de seguridad (o en FILE)</translation>
        </message>
        <message>
            <source>Copy the journal safely, even while Backtimer is running. Without --output the copy goes to backups/journal-YYYY-MM-DD.sqlite3 in the data folder (one per day; the last {count} are kept).</source>
            <translation>Copia el diario de forma segura, incluso con Backtimer abierto. Sin --output, la copia va a backups/journal-AAAA-MM-DD.sqlite3 en la carpeta de datos (una por día; se guardan las últimas {count}).</translation>
        </message>
        <message>
            <source>write the copy to FILE (must not exist)</source>
            <translation>escribir la copia en FILE (no debe existir)</translation>
        </message>
        <message>
            <source>replace the journal with a backup (the current one is kept aside)</source>
            <translation>sustituir el diario por una copia de seguridad (el actual se guarda aparte)</translation>
        </message>
        <message>
            <source>Check FILE is a sound Backtimer journal, keep the current journal aside under a dated name, then put FILE in its place. Close Backtimer first.</source>
            <translation>Comprueba que FILE es un diario de Backtimer en buen estado, guarda aparte el diario actual con un nombre con fecha y pone FILE en su lugar. Cierra Backtimer antes.</translation>
        </message>
        <message>
            <source>a backup to restore</source>
            <translation>una copia de seguridad que restaurar</translation>
        </message>
        <message>
            <source>look after the journal file</source>
            <translation>cuidar el archivo del diario</translation>
        </message>
        <message>
            <source>Commands that look after the journal file.</source>
            <translation>Órdenes para cuidar el archivo del diario.</translation>
        </message>
        <message>
            <source>check the journal's integrity and count what it holds</source>
            <translation>comprobar la integridad del diario y contar lo que contiene</translation>
        </message>
        <message>
            <source>Run SQLite's full integrity check on the journal (read-only, nothing is changed) and count its sessions, steps and pain scores.</source>
            <translation>Ejecuta la comprobación de integridad completa de SQLite sobre el diario (solo lectura, no se cambia nada) y cuenta sus sesiones, pasos y puntuaciones de dolor.</translation>
        </message>
        <message>
            <source>{file} already exists; choose a new file name so nothing is overwritten.</source>
            <translation>{file} ya existe; elige un nombre de archivo nuevo para no sobrescribir nada.</translation>
        </message>
        <message>
            <source>Backed up the journal to {file}</source>
            <translation>Copia de seguridad del diario guardada en {file}</translation>
        </message>
        <message>
            <source>Restored the journal from {file} (schema v{version}).</source>
            <translation>Diario restaurado desde {file} (esquema v{version}).</translation>
        </message>
        <message>
            <source>The previous journal was kept as {file}</source>
            <translation>El diario anterior se guardó como {file}</translation>
        </message>
        <message>
            <source>There is no journal at {file} yet: nothing has been recorded.</source>
            <translation>Todavía no hay diario en {file}: no se ha anotado nada.</translation>
        </message>
        <message>
            <source>Journal: {file} ({size} KiB)</source>
            <translation>Diario: {file} ({size} KiB)</translation>
        </message>
        <message>
            <source>Empty: nothing has been recorded in this journal yet.</source>
            <translation>Vacío: todavía no se ha anotado nada en este diario.</translation>
        </message>
        <message>
            <source>Schema: v{version} (newer than this Backtimer understands)</source>
            <translation>Esquema: v{version} (más nuevo de lo que entiende este Backtimer)</translation>
        </message>
        <message>
            <source>Schema: v{version}</source>
            <translation>Esquema: v{version}</translation>
        </message>
        <message>
            <source>The journal {file} failed the integrity check: {problems}. Restore a backup with: backtimer restore FILE</source>
            <translation>El diario {file} no ha superado la comprobación de integridad: {problems}. Restaura una copia con: backtimer restore FILE</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integridad: correcta</translation>
        </message>
        <message>
            <source>{file} is an SQLite file but not a Backtimer journal.</source>
            <translation>{file} es un archivo SQLite, pero no un diario de Backtimer.</translation>
        </message>
        <message>
            <source>Sessions: {count} ({binned} in the bin)</source>
            <translation>Sesiones: {count} ({binned} en la papelera)</translation>
        </message>
        <message>
            <source>Steps: {count}</source>
            <translation>Pasos: {count}</translation>
        </message>
        <message>
            <source>Pain scores: {count}</source>
            <translation>Puntuaciones de dolor: {count}</translation>
        </message>
        <message>
            <source>"This hurts" reports: {count}</source>
            <translation>Avisos de «Esto duele»: {count}</translation>
        </message>
        <message>
            <source>Flare days: {count}</source>
            <translation>Días de brote: {count}</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}.</source>
            <translation>No se puede escribir {file}: {reason}.</translation>
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
            <translation>TÍTULO</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>CATEGORÍA</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>NIVEL</translation>
        </message>
        <message>
            <source>DURATION</source>
            <translation>DURACIÓN</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>ORIGEN</translation>
        </message>
        <message>
            <source>list, check or show exercise routines</source>
            <translation>listar, comprobar o mostrar rutinas de ejercicios</translation>
        </message>
        <message>
            <source>List the routines, check routine files you wrote, or show one routine.</source>
            <translation>Lista las rutinas, comprueba archivos de rutina que hayas escrito o muestra una rutina.</translation>
        </message>
        <message>
            <source>list every routine with its total time</source>
            <translation>listar todas las rutinas con su duración total</translation>
        </message>
        <message>
            <source>List bundled routines and those in your routines folder. Problems with your files are printed as warnings on stderr.</source>
            <translation>Lista las rutinas incluidas y las de tu carpeta de rutinas. Los problemas de tus archivos se muestran como avisos en la salida de errores.</translation>
        </message>
        <message>
            <source>print JSON instead of a table (keys, categories and levels in English; titles as the table shows them)</source>
            <translation>mostrar JSON en lugar de una tabla (claves, categorías y niveles en inglés; títulos como en la tabla)</translation>
        </message>
        <message>
            <source>check routine files for mistakes</source>
            <translation>comprobar si los archivos de rutina tienen errores</translation>
        </message>
        <message>
            <source>Check routine files against the format and the bundled library. Give files that use each other's exercises together. Prints one FILE:LINE: field: message line per problem; exit status 1 if there are any.</source>
            <translation>Comprueba archivos de rutina según el formato y la biblioteca incluida. Indica juntos los archivos que usan ejercicios unos de otros. Muestra una línea ARCHIVO:LÍNEA: campo: mensaje por problema; código de salida 1 si hay alguno.</translation>
        </message>
        <message>
            <source>a .toml file</source>
            <translation>un archivo .toml</translation>
        </message>
        <message>
            <source>show one routine's exercises and dosage</source>
            <translation>mostrar los ejercicios y la dosis de una rutina</translation>
        </message>
        <message>
            <source>Show a routine's blocks in plain words (ids: backtimer routines list).</source>
            <translation>Muestra los bloques de una rutina con palabras sencillas (ids: backtimer routines list).</translation>
        </message>
        <message>
            <source>{path}: skipped because of 1 problem:</source>
            <translation>{path}: se ha saltado por 1 problema:</translation>
        </message>
        <message>
            <source>{path}: skipped because of {count} problems:</source>
            <translation>{path}: se ha saltado por {count} problemas:</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>aviso: {message}</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluida</translation>
        </message>
        <message>
            <source>{problems} problem(s) in {files} of {total} file(s)</source>
            <translation>Problemas: {problems}; archivos con problemas: {files} de {total}</translation>
        </message>
        <message>
            <source>1 file OK</source>
            <translation>1 archivo correcto</translation>
        </message>
        <message>
            <source>{count} files OK</source>
            <translation>{count} archivos correctos</translation>
        </message>
        <message>
            <source>no routine {routine}{hint} See `backtimer routines list` for the ids.</source>
            <translation>no hay ninguna rutina {routine}{hint} Consulta los ids con `backtimer routines list`.</translation>
        </message>
        <message>
            <source>about {duration}</source>
            <translation>unos {duration}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Guided exercise timer and pain journal for people living with back pain. Without a command, opens the app.</source>
            <translation>Temporizador de ejercicios guiados y diario del dolor para personas con dolor de espalda. Sin ninguna orden, abre la aplicación.</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>mostrar el número de versión y salir</translation>
        </message>
        <message>
            <source>use DIR for the journal, backups and your routines (also: {variable})</source>
            <translation>usar DIR para el diario, las copias de seguridad y tus rutinas (también: {variable})</translation>
        </message>
        <message>
            <source>use a throwaway folder holding six months of example data (your own data and settings are not touched); works with any command and with the app</source>
            <translation>usar una carpeta desechable con seis meses de datos de ejemplo (no se tocan tus datos ni tus ajustes); funciona con cualquier orden y con la aplicación</translation>
        </message>
        <message>
            <source>open the app and start a routine straight away</source>
            <translation>abrir la aplicación y empezar una rutina directamente</translation>
        </message>
        <message>
            <source>Open the app with the player ready for ROUTINE_ID (for desktop shortcuts).</source>
            <translation>Abre la aplicación con el reproductor listo para ROUTINE_ID (para accesos directos del escritorio).</translation>
        </message>
        <message>
            <source>see: backtimer routines list</source>
            <translation>consulta: backtimer routines list</translation>
        </message>
        <message>
            <source>The data folder {folder} is a file, not a folder. Move the file away, or choose another folder with --data-dir or {variable}.</source>
            <translation>La carpeta de datos {folder} es un archivo, no una carpeta. Mueve el archivo a otro sitio o elige otra carpeta con --data-dir o {variable}.</translation>
        </message>
        <message>
            <source>The journal {journal} is a link to {target}, which is not there (a disk that is not mounted?). Nothing was read or written.</source>
            <translation>El diario {journal} es un enlace a {target}, que no está (¿un disco sin montar?). No se ha leído ni escrito nada.</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>{program}: error: {message}</source>
            <translation>{program}: error: {message}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Sorry, something went wrong</source>
            <translation>Lo sentimos, algo ha fallado</translation>
        </message>
        <message>
            <source>Backtimer ran into a problem it did not expect. It was not caused by anything you did.</source>
            <translation>Backtimer se encontró con un problema inesperado. No lo ha causado nada de lo que hayas hecho.</translation>
        </message>
        <message>
            <source>Your journal is safe: every completed step is saved as it happens. You can carry on; if something looks wrong, restart Backtimer.

The details are in {log_file}. If this happens again, please send that file to the Backtimer developers.</source>
            <translation>Tu diario está a salvo: cada paso completado se guarda en el momento. Puedes seguir; si algo parece ir mal, reinicia Backtimer.

Los detalles están en {log_file}. Si vuelve a pasar, envía ese archivo a los desarrolladores de Backtimer.</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
    </context>
    <context>
        <name>CsvImport</name>
        <message>
            <source>{file}: added {added}</source>
            <translation>{file}: añadido: {added}</translation>
        </message>
        <message>
            <source>; {count} already in the journal, skipped</source>
            <translation>; {count} ya en el diario, saltados</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message>
            <source>; refused 1 row: {reasons}</source>
            <translation>; 1 fila rechazada: {reasons}</translation>
        </message>
        <message>
            <source>; refused {count} rows: {reasons}</source>
            <translation>; {count} filas rechazadas: {reasons}</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
        <message>
            <source>1 pain score</source>
            <translation>1 puntuación de dolor</translation>
        </message>
        <message>
            <source>{count} pain scores</source>
            <translation>{count} puntuaciones de dolor</translation>
        </message>
        <message>
            <source>1 flare day</source>
            <translation>1 día de brote</translation>
        </message>
        <message>
            <source>{count} flare days</source>
            <translation>{count} días de brote</translation>
        </message>
        <message>
            <source>1 step</source>
            <translation>1 paso</translation>
        </message>
        <message>
            <source>{count} steps</source>
            <translation>{count} pasos</translation>
        </message>
        <message>
            <source>1 'this hurts' report</source>
            <translation>1 aviso de «Esto duele»</translation>
        </message>
        <message>
            <source>{count} 'this hurts' reports</source>
            <translation>{count} avisos de «Esto duele»</translation>
        </message>
        <message>
            <source>lines {lines} and {more} more</source>
            <translation>líneas {lines} y {more} más</translation>
        </message>
        <message>
            <source>lines {lines}</source>
            <translation>líneas {lines}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>{path} is a folder, so it was not read. Import a CSV file.</source>
            <translation>{path} es una carpeta, así que no se ha leído. Importa un archivo CSV.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a pipe or device), so it was not read. Import a CSV file.</source>
            <translation>{path} no es un archivo normal (es una tubería o un dispositivo), así que no se ha leído. Importa un archivo CSV.</translation>
        </message>
        <message>
            <source>{path} is not a regular file, so it was not read.</source>
            <translation>{path} no es un archivo normal, así que no se ha leído.</translation>
        </message>
        <message>
            <source>{path} is not a CSV exported by Backtimer (its header row is different). Import a file made with File → Export or `backtimer export`.</source>
            <translation>{path} no es un CSV exportado por Backtimer (su fila de encabezado es distinta). Importa un archivo creado con Archivo → Exportar o con `backtimer export`.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text, so it is not a Backtimer export.</source>
            <translation>{path} no es texto UTF-8, así que no es una exportación de Backtimer.</translation>
        </message>
        <message>
            <source>{path} is not a readable CSV file: {error}.</source>
            <translation>{path} no es un archivo CSV legible: {error}.</translation>
        </message>
        <message>
            <source>row: has a different number of cells than the header</source>
            <translation>row: tiene un número de celdas distinto del encabezado</translation>
        </message>
        <message>
            <source>{problem} Nothing from {file} was imported.</source>
            <translation>{problem} No se ha importado nada de {file}.</translation>
        </message>
        <message>
            <source>must be session, pain or flare_day</source>
            <translation>debe ser session, pain o flare_day</translation>
        </message>
        <message>
            <source>must be the same moment as uid</source>
            <translation>debe ser el mismo momento que uid</translation>
        </message>
        <message>
            <source>must be the day of local_time</source>
            <translation>debe ser el día de local_time</translation>
        </message>
        <message>
            <source>must not be before local_time</source>
            <translation>no puede ser anterior a local_time</translation>
        </message>
        <message>
            <source>must be step or this_hurts</source>
            <translation>debe ser step o this_hurts</translation>
        </message>
        <message>
            <source>the session is not in the journal; import the sessions export of the same period first</source>
            <translation>la sesión no está en el diario; importa antes la exportación de sesiones del mismo periodo</translation>
        </message>
        <message>
            <source>must be left, right or empty</source>
            <translation>debe ser left, right o estar vacío</translation>
        </message>
        <message>
            <source>must be empty, or leg, nerve, urgent joined by ; (like leg;nerve)</source>
            <translation>debe estar vacío o ser leg, nerve, urgent unidos por ; (como leg;nerve)</translation>
        </message>
        <message>
            <source>must be 0, 1 or empty</source>
            <translation>debe ser 0, 1 o estar vacío</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>must not contain NUL characters</source>
            <translation>no puede contener caracteres NUL</translation>
        </message>
        <message>
            <source>must not contain control characters or line breaks</source>
            <translation>no puede contener caracteres de control ni saltos de línea</translation>
        </message>
        <message>
            <source>must be an id of lowercase letters, digits and _ (starting with a letter)</source>
            <translation>debe ser un id de letras minúsculas, cifras y _ (empezando por una letra)</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to {highest}</source>
            <translation>debe ser un número entero del 0 al {highest}</translation>
        </message>
        <message>
            <source>must be a number from 0 to {highest:g}, like 12.5</source>
            <translation>debe ser un número del 0 al {highest:g}, como 12.5 (con punto)</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to 10</source>
            <translation>debe ser un número entero del 0 al 10</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>debe ser uno de estos: {choices}</translation>
        </message>
        <message>
            <source>must be a date like 2026-11-24, from {first} to {last}</source>
            <translation>debe ser una fecha como 2026-11-24, de {first} a {last}</translation>
        </message>
        <message>
            <source>must be a UTC time like 2026-11-24T07:57:10.123Z, from {first} to {last}</source>
            <translation>debe ser una hora UTC como 2026-11-24T07:57:10.123Z, de {first} a {last}</translation>
        </message>
        <message>
            <source>must be a local time with its offset like 2026-11-24T08:57:10+01:00, from {first} to {last}</source>
            <translation>debe ser una hora local con su desfase, como 2026-11-24T08:57:10+01:00, de {first} a {last}</translation>
        </message>
        <message>
            <source>must be a local time like 2026-11-24T08:57:10+01:00</source>
            <translation>debe ser una hora local como 2026-11-24T08:57:10+01:00</translation>
        </message>
    </context>
    <context>
        <name>CuePlayer</name>
        <message>
            <source>the speech module could not be loaded ({error})</source>
            <translation>no se pudo cargar el módulo de voz ({error})</translation>
        </message>
        <message>
            <source>the speech engine "{engine}" is not installed</source>
            <translation>el sintetizador de voz "{engine}" no está instalado</translation>
        </message>
        <message>
            <source>the speech engine did not respond within {seconds} seconds</source>
            <translation>el sintetizador de voz no respondió en {seconds} segundos</translation>
        </message>
        <message>
            <source>the speech engine could not be tried ({error})</source>
            <translation>no se pudo probar el sintetizador de voz ({error})</translation>
        </message>
        <message>
            <source>the speech engine crashed while starting</source>
            <translation>el sintetizador de voz falló al iniciarse</translation>
        </message>
        <message>
            <source>Sounds are off because the audio library could not be loaded ({error}).</source>
            <translation>Los sonidos están desactivados porque no se pudo cargar la biblioteca de audio ({error}).</translation>
        </message>
        <message>
            <source>Sounds are off because no audio output device was found.</source>
            <translation>Los sonidos están desactivados porque no se encontró ningún dispositivo de salida de audio.</translation>
        </message>
        <message>
            <source>the speech engine failed ({error})</source>
            <translation>el sintetizador de voz falló ({error})</translation>
        </message>
        <message>
            <source>the speech engine could not start ({error})</source>
            <translation>el sintetizador de voz no pudo iniciarse ({error})</translation>
        </message>
        <message>
            <source>Voice cues are off because {reason}.</source>
            <translation>Las indicaciones de voz están desactivadas porque {reason}.</translation>
        </message>
    </context>
    <context>
        <name>DataFolder</name>
        <message>
            <source>Cannot create the data folder {folder}: {reason}. Choose another folder with --data-dir or {variable}.</source>
            <translation>No se puede crear la carpeta de datos {folder}: {reason}. Elige otra carpeta con --data-dir o {variable}.</translation>
        </message>
        <message>
            <source>The data folder {folder} is not writable. Check its permissions, or choose another folder with --data-dir or {variable}.</source>
            <translation>No se puede escribir en la carpeta de datos {folder}. Revisa sus permisos o elige otra carpeta con --data-dir o {variable}.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name inside it instead</source>
            <translation>{path} es una carpeta; indica en su lugar un nombre de archivo dentro de ella</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device, pipe or socket), so nothing was written to it; choose a file name instead</source>
            <translation>{path} no es un archivo normal (es un dispositivo, una tubería o un socket), así que no se ha escrito nada en él; elige en su lugar un nombre de archivo</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern (d = day, MMMM = month name, yyyy = year, 'text' = literal text). German "d. MMMM yyyy" (a no-break space after "d."), Spanish "d 'de' MMMM 'de' yyyy".</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern (ddd = short weekday, d = day, MMM = short month name, yyyy = year). German "ddd, d. MMM yyyy".</extracomment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern for a date field (d = day, MMM = short month name, yyyy = year). German "d. MMM yyyy".</extracomment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>date format</comment>
            <extracomment>A Qt date pattern for a chart's day ticks (d = day, MMM = short month name). German "d. MMM".</extracomment>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>DayText</name>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrumpida</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>{day} · flare-up day</source>
            <translation>{day} · día de brote</translation>
        </message>
        <message>
            <source>Other rating: {scores}</source>
            <translation>Otra valoración: {scores}</translation>
        </message>
        <message>
            <source>Other ratings: {scores}</source>
            <translation>Otras valoraciones: {scores}</translation>
        </message>
        <message>
            <source>“This hurts”{times}: {exercises}</source>
            <translation>«Esto duele»{times}: {exercises}</translation>
        </message>
        <message>
            <source>Day average: {mean} ({count} ratings)</source>
            <translation>Media del día: {mean} ({count} valoraciones)</translation>
        </message>
        <message>
            <source>7-day average: {mean}</source>
            <translation>Media de 7 días: {mean}</translation>
        </message>
        <message>
            <source>No sessions or ratings</source>
            <translation>Sin sesiones ni valoraciones</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{session}: pain {before} → {after}</source>
            <translation>{session}: dolor {before} → {after}</translation>
        </message>
        <message>
            <source>{session}: pain before {before}</source>
            <translation>{session}: dolor antes {before}</translation>
        </message>
        <message>
            <source>{session}: pain after {after}</source>
            <translation>{session}: dolor después {after}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Lifted a heavy box</source>
            <translation>Levanté una caja pesada</translation>
        </message>
        <message>
            <source>Putting on socks</source>
            <translation>Ponerme los calcetines</translation>
        </message>
        <message>
            <source>Gardening for 30 minutes</source>
            <translation>Trabajar en el jardín 30 minutos</translation>
        </message>
        <message>
            <source>Sitting through a film</source>
            <translation>Ver una película entera sin levantarme</translation>
        </message>
        <message>
            <source>Carrying the shopping home</source>
            <translation>Llevar la compra a casa</translation>
        </message>
        <message>
            <source>Back seized up bending down</source>
            <translation>Se me bloqueó la espalda al agacharme</translation>
        </message>
    </context>
    <context>
        <name>ExerciseBrowser</name>
        <message>
            <source>Search exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Cualquier categoría</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Any position</source>
            <translation>Cualquier posición</translation>
        </message>
        <message>
            <source>Lying on your back</source>
            <translation>Tumbado boca arriba</translation>
        </message>
        <message>
            <source>Lying on your front</source>
            <translation>Tumbado boca abajo</translation>
        </message>
        <message>
            <source>Lying on your side</source>
            <translation>Tumbado de lado</translation>
        </message>
        <message>
            <source>On all fours</source>
            <translation>A cuatro patas</translation>
        </message>
        <message>
            <source>Kneeling</source>
            <translation>De rodillas</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Sentado</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>De pie</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Silla</translation>
        </message>
        <message>
            <source>Mat</source>
            <translation>Colchoneta</translation>
        </message>
        <message>
            <source>Wall</source>
            <translation>Pared</translation>
        </message>
        <message>
            <source>Ball</source>
            <translation>Pelota</translation>
        </message>
        <message>
            <source>Foam roller</source>
            <translation>Rodillo de espuma</translation>
        </message>
        <message>
            <source>Cushion</source>
            <translation>Cojín</translation>
        </message>
        <message>
            <source>Strap</source>
            <translation>Cinta</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Escalón</translation>
        </message>
        <message>
            <source>Shoes</source>
            <translation>Calzado</translation>
        </message>
        <message>
            <source>Exercise bike</source>
            <translation>Bicicleta estática</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Piscina</translation>
        </message>
        <message>
            <source>Body position</source>
            <translation>Posición del cuerpo</translation>
        </message>
        <message>
            <source>Any equipment</source>
            <translation>Cualquier material</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>No equipment</source>
            <translation>Sin material</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Exercises found</source>
            <translation>Ejercicios encontrados</translation>
        </message>
        <message>
            <source>Exercise illustration</source>
            <translation>Ilustración del ejercicio</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>Detalles del ejercicio</translation>
        </message>
        <message>
            <source>Tr&amp;y this exercise</source>
            <translation>&amp;Probar este ejercicio</translation>
        </message>
        <message>
            <source>Add to a routi&amp;ne…</source>
            <translation>Añadir a una &amp;rutina…</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Cómo se hace</translation>
        </message>
        <message>
            <source>Keep in mind:</source>
            <translation>Ten en cuenta:</translation>
        </message>
        <message>
            <source>Watch out for:</source>
            <translation>Cuidado con:</translation>
        </message>
        <message>
            <source>Stop if:</source>
            <translation>Detente si:</translation>
        </message>
        <message>
            <source>nothing special</source>
            <translation>nada especial</translation>
        </message>
        <message>
            <source>You will need:</source>
            <translation>Necesitarás:</translation>
        </message>
        <message>
            <source>Gentler</source>
            <translation>Más suave</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Más exigente</translation>
        </message>
        <message>
            <source>In your routines:</source>
            <translation>En tus rutinas:</translation>
        </message>
        <message>
            <source>Your own exercise, from {path}</source>
            <translation>Tu propio ejercicio, de {path}</translation>
        </message>
        <message>
            <source>A new routine</source>
            <translation>Una rutina nueva</translation>
        </message>
        <message>
            <source>Add to a routine</source>
            <translation>Añadir a una rutina</translation>
        </message>
        <message>
            <source>Add “{name}” to:</source>
            <translation>Añadir «{name}» a:</translation>
        </message>
        <message>
            <source>Run this exercise on its own in the player</source>
            <translation>Hacer este ejercicio solo en el reproductor</translation>
        </message>
        <message>
            <source>No exercises match — try fewer words or clear a filter</source>
            <translation>Ningún ejercicio coincide: prueba con menos palabras o quita un filtro</translation>
        </message>
        <message>
            <source>{shown} of {total} exercises</source>
            <translation>{shown} de {total} ejercicios</translation>
        </message>
        <message>
            <source>No exercise selected</source>
            <translation>Ningún ejercicio seleccionado</translation>
        </message>
        <message>
            <source>Pick an exercise on the left.</source>
            <translation>Elige un ejercicio a la izquierda.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseFormDialog</name>
        <message>
            <source>New exercise</source>
            <translation>Ejercicio nuevo</translation>
        </message>
        <message>
            <source>Exercise name</source>
            <translation>Nombre del ejercicio</translation>
        </message>
        <message>
            <source>Exercise category</source>
            <translation>Categoría del ejercicio</translation>
        </message>
        <message>
            <source>Exercise level</source>
            <translation>Nivel del ejercicio</translation>
        </message>
        <message>
            <source>Steps, one per line</source>
            <translation>Pasos, uno por línea</translation>
        </message>
        <message>
            <source>Cues, one per line</source>
            <translation>Indicaciones, una por línea</translation>
        </message>
        <message>
            <source>Common mistakes, one per line</source>
            <translation>Errores frecuentes, uno por línea</translation>
        </message>
        <message>
            <source>Stop if</source>
            <translation>Detenerse si</translation>
        </message>
        <message>
            <source>e.g. Pain that spreads down a leg, or sharpens.</source>
            <translation>p. ej. dolor que baja por una pierna o se vuelve agudo.</translation>
        </message>
        <message>
            <source>Picture file (optional)</source>
            <translation>Archivo de imagen (opcional)</translation>
        </message>
        <message>
            <source>optional: an .svg or .png file</source>
            <translation>opcional: un archivo .svg o .png</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>Choose a picture file</source>
            <translation>Elegir un archivo de imagen</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>Problema con el nombre</translation>
        </message>
        <message>
            <source>Problem with the steps</source>
            <translation>Problema con los pasos</translation>
        </message>
        <message>
            <source>Problem with stop if</source>
            <translation>Problema con «detenerse si»</translation>
        </message>
        <message>
            <source>Problem with the picture</source>
            <translation>Problema con la imagen</translation>
        </message>
        <message>
            <source>Why the exercise was not saved</source>
            <translation>Por qué no se guardó el ejercicio</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>N&amp;ivel:</translation>
        </message>
        <message>
            <source>S&amp;teps ({MIN_STEPS}–{MAX_STEPS}):</source>
            <translation>&amp;Pasos ({MIN_STEPS}–{MAX_STEPS}):</translation>
        </message>
        <message>
            <source>C&amp;ues:</source>
            <translation>&amp;Indicaciones:</translation>
        </message>
        <message>
            <source>&amp;Mistakes:</source>
            <translation>&amp;Errores:</translation>
        </message>
        <message>
            <source>Sto&amp;p if:</source>
            <translation>&amp;Detenerse si:</translation>
        </message>
        <message>
            <source>P&amp;icture:</source>
            <translation>Ima&amp;gen:</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>uno por línea</translation>
        </message>
        <message>
            <source>Give the exercise a name.</source>
            <translation>Ponle un nombre al ejercicio.</translation>
        </message>
        <message>
            <source>Say when to stop, e.g. pain that sharpens.</source>
            <translation>Indica cuándo parar, p. ej. si el dolor se vuelve agudo.</translation>
        </message>
    </context>
    <context>
        <name>ExercisePickerDialog</name>
        <message>
            <source> · yours</source>
            <translation> · tuyo</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Añadir un ejercicio</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>Matching exercises</source>
            <translation>Ejercicios que coinciden</translation>
        </message>
        <message>
            <source>&amp;New exercise…</source>
            <translation>Ejercicio &amp;nuevo…</translation>
        </message>
        <message>
            <source>New custom exercise</source>
            <translation>Ejercicio propio nuevo</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>1 exercise</source>
            <translation>1 ejercicio</translation>
        </message>
        <message>
            <source>{shown} exercises</source>
            <translation>{shown} ejercicios</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cannot write {path} in the folder {folder}: {reason}. Choose a folder you can write to (for example your Documents folder).</source>
            <translation>No se puede escribir {path} en la carpeta {folder}: {reason}. Elige una carpeta en la que puedas escribir (por ejemplo, tu carpeta Documentos).</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}. Nothing was written; check the disk space and the name, or choose another folder.</source>
            <translation>No se pudo escribir {path}: {reason}. No se ha escrito nada; revisa el espacio en disco y el nombre, o elige otra carpeta.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Sessions, one row each (CSV)</source>
            <translation>Sesiones, una fila cada una (CSV)</translation>
        </message>
        <message>
            <source>Steps, one row each (CSV)</source>
            <translation>Pasos, una fila cada uno (CSV)</translation>
        </message>
        <message>
            <source>Report for your physiotherapist (PDF)</source>
            <translation>Informe para tu fisioterapeuta (PDF)</translation>
        </message>
        <message>
            <source>Saved a {pages}-page report to {destination}.</source>
            <translation>Informe guardado en {destination} (páginas: {pages}).</translation>
        </message>
        <message>
            <source>Saved 1 row to {destination}.</source>
            <translation>Guardado en {destination} (1 fila).</translation>
        </message>
        <message>
            <source>Saved {rows} rows to {destination}.</source>
            <translation>Guardado en {destination} (filas: {rows}).</translation>
        </message>
        <message>
            <source>The export failed unexpectedly: {error}</source>
            <translation>La exportación falló de forma inesperada: {error}</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>Exportar el diario</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Qué exportar</translation>
        </message>
        <message>
            <source>Whole journal</source>
            <translation>Todo el diario</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>The file to write</source>
            <translation>El archivo que se escribirá</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the file to save as</source>
            <translation>Elegir el archivo donde guardar</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Guardar como</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Save export as</source>
            <translation>Guardar la exportación como</translation>
        </message>
        <message>
            <source>The 'From' day is after the 'To' day.</source>
            <translation>El día «Desde» es posterior al día «Hasta».</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>FlareDialog</name>
        <message>
            <source>Flares are common and usually settle within days to a couple of weeks. A flare does not usually mean new damage.</source>
            <translation>Los brotes de dolor son frecuentes y suelen calmarse en unos días o un par de semanas. Un brote normalmente no significa una lesión nueva.</translation>
        </message>
        <message>
            <source>Keep moving gently: the {routine} routine once or twice a day, short walks (3–5 minutes several times a day), and change position often.</source>
            <translation>Sigue moviéndote con suavidad: la rutina «{routine}» una o dos veces al día, paseos cortos (3–5 minutos varias veces al día) y cambia de postura a menudo.</translation>
        </message>
        <message>
            <source>Drop strength routines to about half your usual amount, or skip them for a few days; build back up over 1–2 weeks.</source>
            <translation>Reduce las rutinas de fuerza a la mitad de lo habitual, o sáltalas unos días; vuelve a aumentar poco a poco en 1–2 semanas.</translation>
        </message>
        <message>
            <source>Heat, comfortable positions, and relaxation or slow breathing can help.</source>
            <translation>El calor, las posturas cómodas y la relajación o la respiración lenta pueden ayudar.</translation>
        </message>
        <message>
            <source>Check “When to get help”. If the flare is not easing after about 2 weeks, or keeps coming back, see a clinician.</source>
            <translation>Consulta «Cuándo pedir ayuda». Si el brote no mejora en unas 2 semanas, o vuelve una y otra vez, acude a un profesional sanitario.</translation>
        </message>
        <message>
            <source>Flare mode marks each day as a flare day in your journal, so your trends show it. It ends when you say so; Backtimer suggests ending it after {days} days in a row of lower pain (log your pain each day).</source>
            <translation>El modo brote marca cada día como día de brote en tu diario, para que tus tendencias lo muestren. Termina cuando tú lo decidas; Backtimer propone terminarlo tras {days} días seguidos con menos dolor (anota tu dolor cada día).</translation>
        </message>
        <message>
            <source>Having a flare-up?</source>
            <translation>¿Tienes un brote de dolor?</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Having a flare-up? Here is the plan.&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;¿Tienes un brote de dolor? Este es el plan.&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Flare plan</source>
            <translation>Plan para el brote</translation>
        </message>
        <message>
            <source>Flare mode and start {routine} now</source>
            <translation>Modo brote y empezar «{routine}» ahora</translation>
        </message>
        <message>
            <source>Flare mode only</source>
            <translation>Solo modo brote</translation>
        </message>
    </context>
    <context>
        <name>FlareStatus</name>
        <message>
            <source>Flare mode, day {day}.</source>
            <translation>Modo brote, día {day}.</translation>
        </message>
        <message>
            <source>Your pain has been lower for {days} days in a row{against}: you can end flare mode when you feel ready.</source>
            <translation>Tu dolor lleva {days} días seguidos más bajo{against}: puedes terminar el modo brote cuando te parezca bien.</translation>
        </message>
        <message>
            <source>This flare has lasted over two weeks: please see a clinician (your GP or physiotherapist) to check it.</source>
            <translation>Este brote dura ya más de dos semanas: consulta a un profesional sanitario (tu médico de cabecera o tu fisioterapeuta) para que lo revise.</translation>
        </message>
        <message>
            <source>Take it gently; flare mode can end after {days} days in a row of lower pain{against}.</source>
            <translation>Tómatelo con calma; el modo brote puede terminar tras {days} días seguidos con menos dolor{against}.</translation>
        </message>
        <message>
            <source>your usual {score}</source>
            <translation>tu valor habitual, {score}</translation>
        </message>
        <message>
            <source>{points}+ below the worst, {score}</source>
            <translation>{points}+ por debajo del peor, {score}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
    </context>
    <context>
        <name>HistoryController</name>
        <message>
            <source>The journal is open read-only (another Backtimer may be running, or the file is protected), so changes cannot be saved.</source>
            <translation>El diario está abierto en solo lectura (puede que haya otro Backtimer abierto o que el archivo esté protegido), así que los cambios no se pueden guardar.</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>4 weeks</source>
            <translation>4 semanas</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 año</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>No sessions yet — your workouts will appear here.</source>
            <translation>Todavía no hay sesiones; tus entrenamientos aparecerán aquí.</translation>
        </message>
        <message>
            <source>No sessions between {start} and {end}. Choose “All” to see every session.</source>
            <translation>No hay sesiones entre el {start} y el {end}. Elige «Todo» para ver todas las sesiones.</translation>
        </message>
        <message>
            <source>Scores you logged between workouts.</source>
            <translation>Puntuaciones que anotaste entre entrenamientos.</translation>
        </message>
        <message>
            <source> Double-click a score or note to correct it.</source>
            <translation> Haz doble clic en una puntuación o nota para corregirla.</translation>
        </message>
        <message>
            <source>No pain checks outside workouts in this period. Use “Log pain now…” to add one.</source>
            <translation>No hay registros de dolor fuera de los entrenamientos en este periodo. Usa «Anotar dolor ahora…» para añadir uno.</translation>
        </message>
        <message>
            <source>Pain score, 0 to 10</source>
            <translation>Puntuación de dolor, de 0 a 10</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Solo lectura:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Show all sessions</source>
            <translation>Mostrar todas las sesiones</translation>
        </message>
        <message>
            <source>Show the last {period}</source>
            <translation>Mostrar periodo: {period}</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha final</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;hasta</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>See the steps and edit pain scores and the note (Enter)</source>
            <translation>Ver los pasos y editar las puntuaciones de dolor y la nota (Intro)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected session (Delete key); you can undo it</source>
            <translation>Eliminar la sesión seleccionada (tecla Supr); puedes deshacerlo</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Bring the session back (Ctrl+Z)</source>
            <translation>Recuperar la sesión (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Pain checks outside workouts</source>
            <translation>Registros de dolor fuera de los entrenamientos</translation>
        </message>
        <message>
            <source>Double-click or press F2 on a score or note to correct it</source>
            <translation>Haz doble clic o pulsa F2 sobre una puntuación o nota para corregirla</translation>
        </message>
        <message>
            <source>&amp;Log pain now…</source>
            <translation>Anotar &amp;dolor ahora…</translation>
        </message>
        <message>
            <source>Record how your back feels right now (Ctrl+L)</source>
            <translation>Anotar cómo sientes la espalda ahora mismo (Ctrl+L)</translation>
        </message>
        <message>
            <source>Deleted the session “{title}” of {day}.</source>
            <translation>Se eliminó la sesión «{title}» del {day}.</translation>
        </message>
        <message>
            <source>Restored “{title}”.</source>
            <translation>«{title}» recuperada.</translation>
        </message>
    </context>
    <context>
        <name>HurtsDialog</name>
        <message>
            <source>This hurts</source>
            <translation>Esto duele</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; is paused. Pain during exercise is common and is not harm, but sharp or spreading pain is a reason to stop this one.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; está en pausa. El dolor durante el ejercicio es frecuente y no significa que te estés haciendo daño, pero un dolor agudo o que se extiende es motivo para dejar este ejercicio.</translation>
        </message>
        <message>
            <source>How bad is it now (0–10)?</source>
            <translation>¿Cuánto te duele ahora (0–10)?</translation>
        </message>
        <message>
            <source>Pain %1 of 10</source>
            <translation>Dolor %1 de 10</translation>
        </message>
        <message>
            <source>0 = No pain</source>
            <translation>0 = sin dolor</translation>
        </message>
        <message>
            <source>10 = Worst pain imaginable</source>
            <translation>10 = el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Does it spread down a leg, or come with numbness, tingling or weakness?</source>
            <translation>¿Baja por una pierna, o viene con entumecimiento, hormigueo o debilidad?</translation>
        </message>
        <message>
            <source>&amp;Yes, it does</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>Stop this exercise. If it does not settle, or your legs feel weak or numb, see “When to get help”.</source>
            <translation>Deja este ejercicio. Si no se calma, o notas las piernas débiles o entumecidas, consulta «Cuándo pedir ayuda».</translation>
        </message>
        <message>
            <source>Try the &amp;gentler one: %1</source>
            <translation>Probar el más &amp;suave: %1</translation>
        </message>
        <message>
            <source>&amp;Skip this exercise</source>
            <translation>Sa&amp;ltar este ejercicio</translation>
        </message>
        <message>
            <source>S&amp;top the workout</source>
            <translation>&amp;Terminar el entrenamiento</translation>
        </message>
        <message>
            <source>&amp;When to get help</source>
            <translation>&amp;Cuándo pedir ayuda</translation>
        </message>
        <message>
            <source>&amp;Back to the workout (Esc)</source>
            <translation>&amp;Volver al entrenamiento (Esc)</translation>
        </message>
        <message>
            <source>Nothing is recorded; the workout stays paused.</source>
            <translation>No se anota nada; el entrenamiento sigue en pausa.</translation>
        </message>
    </context>
    <context>
        <name>Illustration</name>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantén</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>Opción 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>Opción 2</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Caminar</translation>
        </message>
        <message>
            <source>Jog</source>
            <translation>Trotar</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Suave</translation>
        </message>
        <message>
            <source>Brisk</source>
            <translation>Rápido</translation>
        </message>
        <message>
            <source>Tense</source>
            <translation>Tensa</translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Suelta</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Apoya</translation>
        </message>
        <message>
            <source>Circles</source>
            <translation>Círculos</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Toma aire</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Suelta aire</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Cannot open the journal {path}: SQLite's file beside it, {sidecar}, cannot be read or written. Give it the journal's owner and permissions (or remove it if no Backtimer is running), then try again.</source>
            <translation>No se puede abrir el diario {path}: el archivo de SQLite que tiene al lado, {sidecar}, no se puede leer ni escribir. Dale el propietario y los permisos del diario (o bórralo si no hay ningún Backtimer abierto) e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>There is no journal at {path}. Check the path or --data-dir.</source>
            <translation>No hay ningún diario en {path}. Revisa la ruta o --data-dir.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a journal. Move it aside or choose another --data-dir.</source>
            <translation>{path} es una carpeta, no un diario. Muévela a otro sitio o elige otro --data-dir.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a named pipe or device), so it was not opened as the journal. Move it aside or choose another --data-dir.</source>
            <translation>{path} no es un archivo normal (es una tubería con nombre o un dispositivo), así que no se ha abierto como diario. Muévelo a otro sitio o elige otro --data-dir.</translation>
        </message>
        <message>
            <source>Could not move the damaged journal {path} aside: {reason}. Move or rename it yourself, then start Backtimer again.</source>
            <translation>No se pudo apartar el diario dañado {path}: {reason}. Muévelo o cámbiale el nombre tú y vuelve a abrir Backtimer.</translation>
        </message>
        <message>
            <source>The journal {path} is locked: it is in use by another program, probably another Backtimer window. Close it and try again.</source>
            <translation>El diario {path} está bloqueado: lo está usando otro programa, probablemente otra ventana de Backtimer. Ciérrala e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The disk holding the journal {path} is full. Free some space, then try again; what was recorded so far is safe.</source>
            <translation>El disco donde está el diario {path} está lleno. Libera algo de espacio e inténtalo de nuevo; lo anotado hasta ahora está a salvo.</translation>
        </message>
        <message>
            <source>Cannot open the journal {path} ({detail}). Check that the folder exists and is writable, or choose another one with --data-dir.</source>
            <translation>No se puede abrir el diario {path} ({detail}). Comprueba que la carpeta existe y se puede escribir, o elige otra con --data-dir.</translation>
        </message>
        <message>
            <source>The journal {path} could not be used: {detail}.</source>
            <translation>No se pudo usar el diario {path}: {detail}.</translation>
        </message>
        <message>
            <source>The journal {path} uses schema v{version} and must be upgraded to v{supported}, which needs write access. Open it once from a writable folder, then try again.</source>
            <translation>El diario {path} usa el esquema v{version} y hay que actualizarlo a v{supported}, para lo que se necesita permiso de escritura. Ábrelo una vez desde una carpeta en la que se pueda escribir e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The journal {path} could not be switched to WAL mode.</source>
            <translation>No se pudo pasar el diario {path} al modo WAL.</translation>
        </message>
        <message>
            <source>This journal was written by a newer Backtimer (schema v{version}); this version understands up to v{supported}. Update Backtimer; your journal was not changed. ({path})</source>
            <translation>Este diario lo escribió un Backtimer más nuevo (esquema v{version}); esta versión entiende hasta v{supported}. Actualiza Backtimer; tu diario no se ha cambiado. ({path})</translation>
        </message>
        <message>
            <source>The file {path} is an SQLite database but not a Backtimer journal, so it was left untouched. Move it elsewhere or choose another folder with --data-dir.</source>
            <translation>El archivo {path} es una base de datos SQLite, pero no un diario de Backtimer, así que no se ha tocado. Muévelo a otro sitio o elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <source>Could not save a copy of the journal before upgrading it ({aside}): {reason}. Free some space or fix the folder's permissions; the journal was not changed.</source>
            <translation>No se pudo guardar una copia del diario antes de actualizarlo ({aside}): {reason}. Libera espacio o corrige los permisos de la carpeta; el diario no se ha cambiado.</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder} for the journal: {reason}. Choose another folder with --data-dir.</source>
            <translation>No se puede crear la carpeta {folder} para el diario: {reason}. Elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <source>The journal {path} is empty: it is new and nothing has been recorded in it yet.</source>
            <translation>El diario {path} está vacío: es nuevo y todavía no se ha anotado nada en él.</translation>
        </message>
        <message>
            <source>The journal {path} or its folder is not writable, so nothing could be recorded. Fix the permissions, or choose another folder with --data-dir; the journal can still be viewed read-only.</source>
            <translation>No se puede escribir en el diario {path} o en su carpeta, así que no se ha podido anotar nada. Corrige los permisos o elige otra carpeta con --data-dir; el diario se puede seguir viendo en solo lectura.</translation>
        </message>
        <message>
            <source>The journal {path} is damaged or is not a database ({detail}). It was left exactly as it is. Restore a backup (backtimer restore FILE), or move it aside and start a fresh journal.</source>
            <translation>El diario {path} está dañado o no es una base de datos ({detail}). Se ha dejado exactamente como está. Restaura una copia de seguridad (backtimer restore FILE) o apártalo y empieza un diario nuevo.</translation>
        </message>
    </context>
    <context>
        <name>JournalOpening</name>
        <message>
            <source>Restore the latest backup</source>
            <translation>Restaurar la copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>Keep it aside, start fresh</source>
            <translation>Apartarlo y empezar de nuevo</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Your journal is read-only</source>
            <translation>Tu diario es de solo lectura</translation>
        </message>
        <message>
            <source>{error}

You can open it read-only to look at your history; new workouts and pain scores will not be saved until the file can be written again.</source>
            <translation>{error}

Puedes abrirlo en solo lectura para ver tu historial; los entrenamientos y puntuaciones de dolor nuevos no se guardarán hasta que se pueda volver a escribir en el archivo.</translation>
        </message>
        <message>
            <source>Cannot open your journal</source>
            <translation>No se puede abrir tu diario</translation>
        </message>
        <message>
            <source>{error}

Backtimer will not change or delete that file. It can be renamed aside (nothing is deleted) and you can restore a backup (the latest is from {day}) or start a fresh journal.</source>
            <translation>{error}

Backtimer no cambiará ni borrará ese archivo. Se puede apartar con otro nombre (no se borra nada) y puedes restaurar una copia de seguridad (la más reciente es del {day}) o empezar un diario nuevo.</translation>
        </message>
        <message>
            <source>{error}

Backtimer will not change or delete that file. It can be renamed aside (nothing is deleted) and you can start a fresh journal.</source>
            <translation>{error}

Backtimer no cambiará ni borrará ese archivo. Se puede apartar con otro nombre (no se borra nada) y puedes empezar un diario nuevo.</translation>
        </message>
        <message>
            <source>Your journal cannot be read</source>
            <translation>No se puede leer tu diario</translation>
        </message>
        <message>
            <source>Your old journal file was kept aside as {name}.</source>
            <translation>Tu archivo de diario anterior se guardó aparte como {name}.</translation>
        </message>
        <message>
            <source>Restored the backup from {day}.</source>
            <translation>Se restauró la copia de seguridad del {day}.</translation>
        </message>
    </context>
    <context>
        <name>JournalTools</name>
        <message>
            <source>Import CSV files exported by Backtimer</source>
            <translation>Importar archivos CSV exportados por Backtimer</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importar CSV</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <source>Back up the journal</source>
            <translation>Hacer copia de seguridad del diario</translation>
        </message>
        <message>
            <source>Backtimer journal (*.sqlite3)</source>
            <translation>Diario de Backtimer (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists; choose a new file name so nothing is overwritten.</source>
            <translation>{file} ya existe; elige un nombre de archivo nuevo para no sobrescribir nada.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Backtimer journal (*.sqlite3);;All files (*)</source>
            <translation>Diario de Backtimer (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Replace the journal with {file}? The current journal is kept aside under a dated name, so nothing is lost.</source>
            <translation>¿Sustituir el diario por {file}? El diario actual se guarda aparte con la fecha en el nombre, así que no se pierde nada.</translation>
        </message>
        <message>
            <source>Restored the journal from {file} (schema v{version}).</source>
            <translation>Diario restaurado desde {file} (esquema v{version}).</translation>
        </message>
        <message>
            <source>The previous journal was kept as {file}</source>
            <translation>El diario anterior se guardó como {file}</translation>
        </message>
        <message>
            <source>Backed up the journal to {file}</source>
            <translation>Copia de seguridad del diario en {file}</translation>
        </message>
    </context>
    <context>
        <name>JournalWrites</name>
        <message>
            <source>start the session</source>
            <translation>empezar la sesión</translation>
        </message>
        <message>
            <source>save the step</source>
            <translation>guardar el paso</translation>
        </message>
        <message>
            <source>save the 'this hurts' report</source>
            <translation>guardar el aviso de «Esto duele»</translation>
        </message>
        <message>
            <source>finish the session</source>
            <translation>terminar la sesión</translation>
        </message>
        <message>
            <source>discard the session</source>
            <translation>descartar la sesión</translation>
        </message>
        <message>
            <source>close the unfinished session</source>
            <translation>cerrar la sesión sin terminar</translation>
        </message>
        <message>
            <source>save the pain score</source>
            <translation>guardar la puntuación de dolor</translation>
        </message>
        <message>
            <source>save the effort</source>
            <translation>guardar el esfuerzo</translation>
        </message>
        <message>
            <source>save the note</source>
            <translation>guardar la nota</translation>
        </message>
        <message>
            <source>save your changes</source>
            <translation>guardar tus cambios</translation>
        </message>
        <message>
            <source>delete the session</source>
            <translation>eliminar la sesión</translation>
        </message>
        <message>
            <source>restore the session</source>
            <translation>recuperar la sesión</translation>
        </message>
        <message>
            <source>mark flare days</source>
            <translation>marcar los días de brote</translation>
        </message>
        <message>
            <source>add the activity</source>
            <translation>añadir la actividad</translation>
        </message>
        <message>
            <source>rename the activity</source>
            <translation>cambiar el nombre de la actividad</translation>
        </message>
        <message>
            <source>retire the activity</source>
            <translation>retirar la actividad</translation>
        </message>
        <message>
            <source>save the weekly check-in</source>
            <translation>guardar el control semanal</translation>
        </message>
        <message>
            <source>save your plan</source>
            <translation>guardar tu plan</translation>
        </message>
        <message>
            <source>move your plan into the journal</source>
            <translation>pasar tu plan al diario</translation>
        </message>
        <message>
            <source>import the files</source>
            <translation>importar los archivos</translation>
        </message>
        <message>
            <source>back up the journal</source>
            <translation>hacer la copia de seguridad del diario</translation>
        </message>
        <message>
            <source>make today's backup</source>
            <translation>hacer la copia de seguridad de hoy</translation>
        </message>
        <message>
            <source>finish writing</source>
            <translation>terminar de escribir</translation>
        </message>
        <message>
            <source>The journal is open read-only, so nothing can be saved.</source>
            <translation>El diario está abierto en solo lectura, así que no se puede guardar nada.</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Filter routines or exercises (Ctrl+F)</source>
            <translation>Filtrar rutinas o ejercicios (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter routines</source>
            <translation>Filtrar rutinas</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>Routine details</source>
            <translation>Detalles de la rutina</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>Empezar rutina</translation>
        </message>
        <message>
            <source>Start the selected routine (Enter)</source>
            <translation>Empezar la rutina seleccionada (Intro)</translation>
        </message>
        <message>
            <source>No routines match</source>
            <translation>Ninguna rutina coincide</translation>
        </message>
        <message>
            <source>R&amp;outines</source>
            <translation>R&amp;utinas</translation>
        </message>
        <message>
            <source>E&amp;xercises</source>
            <translation>E&amp;jercicios</translation>
        </message>
        <message>
            <source>No routine selected</source>
            <translation>Ninguna rutina seleccionada</translation>
        </message>
        <message>
            <source>Pick a routine on the left to see what it involves.</source>
            <translation>Elige una rutina a la izquierda para ver en qué consiste.</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>unos {minutes} min</translation>
        </message>
        <message>
            <source>You will need:</source>
            <translation>Necesitarás:</translation>
        </message>
        <message>
            <source>nothing special</source>
            <translation>nada especial</translation>
        </message>
        <message>
            <source>From your file {path}</source>
            <translation>De tu archivo {path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Export journal to CSV…</source>
            <translation>&amp;Exportar el diario a CSV…</translation>
        </message>
        <message>
            <source>Physio &amp;report (PDF)…</source>
            <translation>&amp;Informe para fisioterapia (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>Im&amp;portar CSV…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Copia de seguridad ahora…</translation>
        </message>
        <message>
            <source>Restore a bac&amp;kup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>A&amp;justes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Diario</translation>
        </message>
        <message>
            <source>&amp;Log pain now…</source>
            <translation>Anotar &amp;dolor ahora…</translation>
        </message>
        <message>
            <source>I'm having a &amp;flare-up…</source>
            <translation>Tengo un &amp;brote de dolor…</translation>
        </message>
        <message>
            <source>&amp;Routines</source>
            <translation>&amp;Rutinas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;When to get help</source>
            <translation>&amp;Cuándo pedir ayuda</translation>
        </message>
        <message>
            <source>Explore with &amp;example data</source>
            <translation>Explorar con datos de &amp;ejemplo</translation>
        </message>
        <message>
            <source>&amp;About Backtimer</source>
            <translation>&amp;Acerca de Backtimer</translation>
        </message>
        <message>
            <source>Example data: a made-up person's six months. Your own journal and settings are not touched; this copy goes when you close the window.</source>
            <translation>Datos de ejemplo: seis meses de una persona inventada. Tu diario y tus ajustes no se tocan; esta copia desaparece al cerrar la ventana.</translation>
        </message>
        <message>
            <source>Example data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>A guided exercise timer and pain journal for people living with back pain.</source>
            <translation>Un temporizador de ejercicios guiado y un diario del dolor para personas con dolor de espalda.</translation>
        </message>
        <message>
            <source>Exercise content written by the Backtimer team from published guidance; it is general advice, not a diagnosis or a personal treatment plan.</source>
            <translation>El contenido de los ejercicios lo ha escrito el equipo de Backtimer a partir de guías publicadas; es un consejo general, no un diagnóstico ni un plan de tratamiento personal.</translation>
        </message>
    </context>
    <context>
        <name>PainCheckModel</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>PainEditor</name>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
    </context>
    <context>
        <name>PainScoreDialog</name>
        <message>
            <source>How bad is your low back pain right now?</source>
            <translation>¿Cuánto te duele la zona lumbar ahora mismo?</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>sin dolor</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>intenso</translation>
        </message>
        <message>
            <source>&amp;Effort (optional): could you have done 2–3 more of each exercise?</source>
            <translation>&amp;Esfuerzo (opcional): ¿podrías haber hecho 2–3 más de cada ejercicio?</translation>
        </message>
        <message>
            <source>very easy</source>
            <translation>muy fácil</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>fácil</translation>
        </message>
        <message>
            <source>moderate, could have done plenty more</source>
            <translation>moderado, podría haber hecho muchas más</translation>
        </message>
        <message>
            <source>could have done 2–3 more</source>
            <translation>podría haber hecho 2–3 más</translation>
        </message>
        <message>
            <source>hard, one more at most</source>
            <translation>difícil, una más como mucho</translation>
        </message>
        <message>
            <source>could not have done one more</source>
            <translation>no podría haber hecho ni una más</translation>
        </message>
        <message>
            <source>Pain %1 of 10, %2</source>
            <translation>Dolor %1 de 10, %2</translation>
        </message>
        <message>
            <source>0 = No pain</source>
            <translation>0 = sin dolor</translation>
        </message>
        <message>
            <source>10 = Worst pain imaginable</source>
            <translation>10 = el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Type a number from 0 to 10, or click one.</source>
            <translation>Escribe un número del 0 al 10, o haz clic en uno.</translation>
        </message>
        <message>
            <source>Chosen score</source>
            <translation>Puntuación elegida</translation>
        </message>
        <message>
            <source>&amp;Pain down a leg</source>
            <translation>&amp;Dolor que baja por una pierna</translation>
        </message>
        <message>
            <source>&amp;Numbness, tingling or weakness</source>
            <translation>&amp;Entumecimiento, hormigueo o debilidad</translation>
        </message>
        <message>
            <source>Numbness around the genitals or back passage, or new &amp;bladder or bowel changes</source>
            <translation>Entumecimiento alrededor de los genitales o el ano, o cambios nuevos en la &amp;vejiga o el intestino</translation>
        </message>
        <message>
            <source>Also today (tick any that apply):</source>
            <translation>Además hoy (marca lo que corresponda):</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sin valorar</translation>
        </message>
        <message>
            <source>Effort from 0 to 10</source>
            <translation>Esfuerzo de 0 a 10</translation>
        </message>
        <message>
            <source>Note (optional): anything you noticed today</source>
            <translation>Nota (opcional): algo que hayas notado hoy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save score</source>
            <translation>Guardar puntuación</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip without a score</source>
            <translation>Saltar sin puntuación</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 out of 10&lt;/b&gt; — %2. Press Enter to save.</source>
            <translation>&lt;b&gt;%1 de 10&lt;/b&gt;: %2. Pulsa Intro para guardar.</translation>
        </message>
        <message>
            <source>A score saves these symptoms in your journal (Enter).</source>
            <translation>Con una puntuación se guardan estos síntomas en tu diario (Intro).</translation>
        </message>
        <message>
            <source>Show “When to get help”</source>
            <translation>Ver «Cuándo pedir ayuda»</translation>
        </message>
        <message>
            <source>Press Enter again to save.</source>
            <translation>Pulsa Intro otra vez para guardar.</translation>
        </message>
    </context>
    <context>
        <name>PhaseStyle</name>
        <message>
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantén</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambia de lado</translation>
        </message>
        <message>
            <source>Your pace</source>
            <translation>A tu ritmo</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Alternate sides</source>
            <translation>Alterna los lados</translation>
        </message>
        <message>
            <source>At your own pace</source>
            <translation>A tu ritmo</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Terminado</translation>
        </message>
    </context>
    <context>
        <name>PlayerView</name>
        <message>
            <source>Keyboard: %1</source>
            <translation>Teclado: %1</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Press Space or Start when you are in position.</source>
            <translation>Pulsa Espacio o Empezar cuando estés en posición.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Routine progress</source>
            <translation>Progreso de la rutina</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation>Tiempo que queda en este paso</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Step progress</source>
            <translation>Progreso del paso</translation>
        </message>
        <message>
            <source>Exercise illustration</source>
            <translation>Ilustración del ejercicio</translation>
        </message>
        <message>
            <source>Workout summary</source>
            <translation>Resumen del entrenamiento</translation>
        </message>
        <message>
            <source>Next exercise</source>
            <translation>Siguiente ejercicio</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Left arrow</source>
            <translation>Flecha izquierda</translation>
        </message>
        <message>
            <source>Start or pause</source>
            <translation>Empezar o pausar</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Saltar este paso</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>Flecha derecha</translation>
        </message>
        <message>
            <source>−10 s</source>
            <translation>−10 s</translation>
        </message>
        <message>
            <source>Take 10 seconds off this step</source>
            <translation>Quitar 10 segundos a este paso</translation>
        </message>
        <message>
            <source>Minus</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>+10 s</source>
            <translation>+10 s</translation>
        </message>
        <message>
            <source>Add 10 seconds to this step</source>
            <translation>Añadir 10 segundos a este paso</translation>
        </message>
        <message>
            <source>Plus</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>Restart step</source>
            <translation>Repetir paso</translation>
        </message>
        <message>
            <source>Restart this step</source>
            <translation>Volver a empezar este paso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Done with this exercise</source>
            <translation>Ejercicio terminado</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Mute or unmute sound</source>
            <translation>Silenciar o activar el sonido</translation>
        </message>
        <message>
            <source>Full-screen floor mode</source>
            <translation>Modo suelo a pantalla completa</translation>
        </message>
        <message>
            <source>This hurts</source>
            <translation>Esto duele</translation>
        </message>
        <message>
            <source>This hurts: stop this exercise</source>
            <translation>Esto duele: parar este ejercicio</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Stop the workout</source>
            <translation>Terminar el entrenamiento</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; that's the last exercise — nearly done!</source>
            <translation>&lt;b&gt;Lo siguiente:&lt;/b&gt; es el último ejercicio, ¡ya casi está!</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next exercise:&lt;/b&gt; {name} — {dosage}</source>
            <translation>&lt;b&gt;Siguiente ejercicio:&lt;/b&gt; {name}: {dosage}</translation>
        </message>
        <message>
            <source>Paused — press Space to carry on</source>
            <translation>En pausa: pulsa Espacio para seguir</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Entrenamiento terminado</translation>
        </message>
        <message>
            <source>Routine complete</source>
            <translation>Rutina completa</translation>
        </message>
        <message>
            <source>Routine finished</source>
            <translation>Rutina terminada</translation>
        </message>
        <message>
            <source>Step {number} of {total} · {time} left</source>
            <translation>Paso {number} de {total} · quedan {time}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>{dosage} — press Enter or Done when finished.</source>
            <translation>{dosage}: pulsa Intro o Hecho cuando termines.</translation>
        </message>
        <message>
            <source>Coming up: {dosage}</source>
            <translation>A continuación: {dosage}</translation>
        </message>
        <message>
            <source>Breathe easy.</source>
            <translation>Respira con calma.</translation>
        </message>
        <message>
            <source>Next: {what}</source>
            <translation>A continuación: {what}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Back to the library (Escape)</source>
            <translation>Volver a la biblioteca (Esc)</translation>
        </message>
        <message>
            <source>No sound</source>
            <translation>Sin sonido</translation>
        </message>
        <message>
            <source>Sound off</source>
            <translation>Sonido desactivado</translation>
        </message>
        <message>
            <source>Think:</source>
            <translation>Piensa:</translation>
        </message>
        <message>
            <source>Stop if:</source>
            <translation>Detente si:</translation>
        </message>
        <message>
            <source>Hold {number} of {count}</source>
            <translation>Mantenimiento {number} de {count}</translation>
        </message>
        <message>
            <source>Rep {number} of {count}</source>
            <translation>Rep. {number} de {count}</translation>
        </message>
        <message>
            <source>Round {number} of {count}</source>
            <translation>Ronda {number} de {count}</translation>
        </message>
        <message>
            <source>Set {number} of {count}</source>
            <translation>Serie {number} de {count}</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Lado izquierdo</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Lado derecho</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>Sonido activado</translation>
        </message>
        <message>
            <source>Stop the workout?</source>
            <translation>¿Terminar el entrenamiento?</translation>
        </message>
        <message>
            <source>Stop this workout now? The steps you have done are already saved. The timer is held while you decide.</source>
            <translation>¿Terminar este entrenamiento ahora? Los pasos que has hecho ya están guardados. El temporizador espera mientras decides.</translation>
        </message>
        <message>
            <source>Leave floor mode</source>
            <translation>Salir del modo suelo</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Modo suelo</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Problems, one per line</source>
            <translation>Problemas, uno por línea</translation>
        </message>
        <message>
            <source>Fix the file and import it again. Check it with: backtimer routines check</source>
            <translation>Corrige el archivo e impórtalo de nuevo. Compruébalo con: backtimer routines check</translation>
        </message>
    </context>
    <context>
        <name>ReminderPrompt</name>
        <message>
            <source>Time for your routine</source>
            <translation>Es hora de tu rutina</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:large'&gt;It is time for &lt;b&gt;{routine_title}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A few minutes of gentle movement helps most backs. On a bad day, skipping is fine too.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:large'&gt;Es hora de &lt;b&gt;{routine_title}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Unos minutos de movimiento suave le sientan bien a la mayoría de las espaldas. En un mal día, saltártela también está bien.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Empezar ahora</translation>
        </message>
        <message>
            <source>S&amp;nooze 30 min</source>
            <translation>Recordar en &amp;30 min</translation>
        </message>
        <message>
            <source>S&amp;kip today</source>
            <translation>&amp;Saltar hoy</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <source>Reminder is off: {error}.</source>
            <translation>El recordatorio está desactivado: {error}.</translation>
        </message>
        <message>
            <source>Backtimer keeps running to remind you of your back routine.</source>
            <translation>Backtimer sigue en marcha para recordarte tu rutina de espalda.</translation>
        </message>
        <message>
            <source>The desktop did not allow Backtimer to start at login.</source>
            <translation>El escritorio no permitió que Backtimer se iniciara al entrar en la sesión.</translation>
        </message>
        <message>
            <source>Time for your back routine</source>
            <translation>Es hora de tu rutina de espalda</translation>
        </message>
        <message>
            <source>{routine}: start it, snooze it or skip today.</source>
            <translation>{routine}: empiézala, posponla o sáltala hoy.</translation>
        </message>
        <message>
            <source>{routine}: start it, snooze it or skip today from the {app} icon.</source>
            <translation>{routine}: empiézala, posponla o sáltala hoy desde el icono de {app}.</translation>
        </message>
        <message>
            <source>Reminder snoozed until {time}.</source>
            <translation>Recordatorio pospuesto hasta las {time}.</translation>
        </message>
        <message>
            <source>No more reminders today.</source>
            <translation>No habrá más recordatorios hoy.</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Empezar ahora</translation>
        </message>
        <message>
            <source>S&amp;nooze 30 min</source>
            <translation>Recordar en &amp;30 min</translation>
        </message>
        <message>
            <source>S&amp;kip today</source>
            <translation>&amp;Saltar hoy</translation>
        </message>
        <message>
            <source>&amp;Open {app}</source>
            <translation>&amp;Abrir {app}</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>{app} is still running</source>
            <translation>{app} sigue en marcha</translation>
        </message>
        <message>
            <source>It stays here so your reminder can reach you. Quit from this icon's menu.</source>
            <translation>Se queda aquí para que el recordatorio pueda llegarte. Puedes salir desde el menú de este icono.</translation>
        </message>
        <message>
            <source>{app}: next reminder {time}</source>
            <translation>{app}: próximo recordatorio {time}</translation>
        </message>
        <message>
            <source>your routine</source>
            <translation>tu rutina</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>{sessions} and {minutes}</source>
            <translation>{sessions} y {minutes}</translation>
        </message>
        <message>
            <source>no sessions</source>
            <translation>ninguna sesión</translation>
        </message>
        <message>
            <source>less than one session</source>
            <translation>menos de una sesión</translation>
        </message>
        <message>
            <source>about 1 session</source>
            <translation>alrededor de 1 sesión</translation>
        </message>
        <message>
            <source>about {count} sessions</source>
            <translation>alrededor de {count} sesiones</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
        <message>
            <source>this hurts: {exercise}</source>
            <translation>«Esto duele»: {exercise}</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder}: it does not exist or is not writable. Choose a folder you can write to.</source>
            <translation>No se puede escribir en la carpeta {folder}: no existe o no tiene permiso de escritura. Elige una carpeta en la que puedas escribir.</translation>
        </message>
        <message>
            <source>The report could not be drawn, so {destination} was not written.</source>
            <translation>No se pudo generar el informe, así que no se escribió {destination}.</translation>
        </message>
        <message>
            <source>Back pain and exercise report {first} to {last}</source>
            <translation>Informe de dolor de espalda y ejercicio del {first} al {last}</translation>
        </message>
        <message>
            <source>{first} to {last} ({length}) · from the Backtimer journal</source>
            <translation>Del {first} al {last} ({length}) · del diario de Backtimer</translation>
        </message>
        <message>
            <source>{sessions} ({completed} completed), {minutes} of exercise in total: on average {per_week}.</source>
            <translation>{sessions} ({completed} completas), {minutes} de ejercicio en total: de media, {per_week}.</translation>
        </message>
        <message>
            <source>Pain 0 (none) to 10 (worst imaginable), as rated by the patient before and after exercise and at other times. One point per day (the day's average). The 7-day line and the reading above use the scores before sessions and at other times only.</source>
            <translation>Dolor de 0 (nada) a 10 (el peor imaginable), según lo valoró el paciente antes y después del ejercicio y en otros momentos. Un punto por día (la media del día). La línea de 7 días y la lectura de arriba usan solo las valoraciones de antes de las sesiones y de otros momentos.</translation>
        </message>
        <message>
            <source>Back pain and exercise report</source>
            <translation>Informe de dolor de espalda y ejercicio</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Evolución del dolor</translation>
        </message>
        <message>
            <source>Exercise adherence</source>
            <translation>Constancia en el ejercicio</translation>
        </message>
        <message>
            <source>Routines done</source>
            <translation>Rutinas hechas</translation>
        </message>
        <message>
            <source>“This hurts” reports during exercise</source>
            <translation>Avisos de «Esto duele» durante el ejercicio</translation>
        </message>
        <message>
            <source>Leg, nerve and urgent symptoms</source>
            <translation>Síntomas en la pierna, neurológicos y urgentes</translation>
        </message>
        <message>
            <source>Everyday activities (weekly check-in)</source>
            <translation>Actividades cotidianas (control semanal)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 semana</translation>
        </message>
        <message>
            <source>{count} weeks</source>
            <translation>{count} semanas</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
        <message>
            <source>Urgent symptoms logged on {days}: numbness around the genitals or back passage, or bladder or bowel changes (see “Leg, nerve and urgent symptoms”).</source>
            <translation>Síntomas urgentes registrados el {days}: entumecimiento alrededor de los genitales o el ano, o cambios en la vejiga o el intestino (ver «Síntomas en la pierna, neurológicos y urgentes»).</translation>
        </message>
        <message>
            <source>Shaded: 1 day the patient marked as a flare-up.</source>
            <translation>Sombreado: 1 día que el paciente marcó como brote de dolor.</translation>
        </message>
        <message>
            <source>Shaded: {count} days the patient marked as a flare-up.</source>
            <translation>Sombreado: {count} días que el paciente marcó como brote de dolor.</translation>
        </message>
        <message>
            <source>No weekly activity check-ins in this period.</source>
            <translation>No hay controles semanales de actividades en este periodo.</translation>
        </message>
        <message>
            <source>on</source>
            <translation>el</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Primera</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Última</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Controles</translation>
        </message>
        <message>
            <source>Activities named by the patient, each rated weekly from 0 (can't do it) to 10 (as well as before the problem). A change of 2 points in the average, or 3 in one activity, is taken as meaningful.</source>
            <translation>Actividades elegidas por el paciente, cada una valorada semanalmente de 0 (no puede hacerla) a 10 (tan bien como antes del problema). Un cambio de 2 puntos en la media, o de 3 en una actividad, se considera relevante.</translation>
        </message>
        <message>
            <source>{symptoms} 1 time</source>
            <translation>{symptoms} 1 vez</translation>
        </message>
        <message>
            <source>{symptoms} {count} times</source>
            <translation>{symptoms} {count} veces</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>Ninguno registrado en este periodo.</translation>
        </message>
        <message>
            <source>{shown} of {total} shown (every urgent one, then the latest). In this period: {counts}.</source>
            <translation>Se muestran {shown} de {total} (todos los urgentes y después los más recientes). En este periodo: {counts}.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Síntomas</translation>
        </message>
        <message>
            <source>{weeks} {days}</source>
            <translation>{weeks} y {days}</translation>
        </message>
        <message>
            <source>No sessions in this period.</source>
            <translation>No hay sesiones en este periodo.</translation>
        </message>
        <message>
            <source>The latest {shown} of {total} weeks; the totals above cover them all.</source>
            <translation>Las últimas {shown} de {total} semanas; los totales de arriba las incluyen todas.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Nada en este periodo.</translation>
        </message>
        <message>
            <source>… and {count} more (the CSV export lists every session)</source>
            <translation>… y {count} más (la exportación CSV incluye todas las sesiones)</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Session effect: pain after − before (average of 3 or more)</source>
            <translation>Efecto de la sesión: dolor después − antes (media de 3 o más)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>switched to an easier version</source>
            <translation>cambió a una versión más fácil</translation>
        </message>
        <message>
            <source>skipped the exercise</source>
            <translation>saltó el ejercicio</translation>
        </message>
        <message>
            <source>stopped the session</source>
            <translation>terminó la sesión</translation>
        </message>
        <message>
            <source>carried on</source>
            <translation>siguió</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <source>before</source>
            <translation>antes</translation>
        </message>
        <message>
            <source>after</source>
            <translation>después</translation>
        </message>
        <message>
            <source>pain check</source>
            <translation>registro de dolor</translation>
        </message>
        <message>
            <source>flare day</source>
            <translation>día de brote</translation>
        </message>
        <message>
            <source>No notes in this period.</source>
            <translation>No hay notas en este periodo.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Escrita</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>The latest {shown} of {total}; the CSV export lists them all.</source>
            <translation>Los últimos {shown} de {total}; la exportación CSV los incluye todos.</translation>
        </message>
        <message>
            <source>No pain ratings in this period</source>
            <translation>No hay valoraciones de dolor en este periodo</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Dolor 0–10</translation>
        </message>
        <message>
            <source>Daily average</source>
            <translation>Media del día</translation>
        </message>
        <message>
            <source>7-day average (3+ ratings)</source>
            <translation>Media de 7 días (3+ valoraciones)</translation>
        </message>
        <message>
            <source>Flare-up day</source>
            <translation>Día de brote</translation>
        </message>
    </context>
    <context>
        <name>ReportDate</name>
        <message>
            <source>Jan</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Import a routine file</source>
            <translation>Importar un archivo de rutina</translation>
        </message>
        <message>
            <source>Backtimer routine (*.zip *.toml)</source>
            <translation>Rutina de Backtimer (*.zip *.toml)</translation>
        </message>
        <message>
            <source>Export routine file</source>
            <translation>Exportar archivo de rutina</translation>
        </message>
        <message>
            <source>Backtimer routine (*.zip)</source>
            <translation>Rutina de Backtimer (*.zip)</translation>
        </message>
        <message>
            <source>Routine notice</source>
            <translation>Aviso de la rutina</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Deshacer la eliminación</translation>
        </message>
        <message>
            <source>Bring the routine back (Ctrl+Z)</source>
            <translation>Recuperar la rutina (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>Rutina &amp;nueva…</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>&amp;Duplicar…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>&amp;Deshacer la eliminación</translation>
        </message>
        <message>
            <source>&amp;Import routine file…</source>
            <translation>&amp;Importar archivo de rutina…</translation>
        </message>
        <message>
            <source>E&amp;xport routine file…</source>
            <translation>E&amp;xportar archivo de rutina…</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>Eliminar rutina</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Rutina nueva</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>Duplicar rutina</translation>
        </message>
        <message>
            <source>Edit routine</source>
            <translation>Editar rutina</translation>
        </message>
        <message>
            <source>Import routine file</source>
            <translation>Importar archivo de rutina</translation>
        </message>
        <message>
            <source>Select a routine in the list first.</source>
            <translation>Primero selecciona una rutina de la lista.</translation>
        </message>
        <message>
            <source>Bundled routines cannot be changed</source>
            <translation>Las rutinas incluidas no se pueden cambiar</translation>
        </message>
        <message>
            <source>“{title}” comes with Backtimer and cannot be changed.

Make your own copy and edit that?</source>
            <translation>«{title}» viene con Backtimer y no se puede cambiar.

¿Hacer una copia propia y editarla?</translation>
        </message>
        <message>
            <source>Saved “{title}”.</source>
            <translation>«{title}» guardada.</translation>
        </message>
        <message>
            <source>“{title}” comes with Backtimer and cannot be deleted.</source>
            <translation>«{title}» viene con Backtimer y no se puede eliminar.</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>«{title}» eliminada.</translation>
        </message>
        <message>
            <source>Restored “{title}”.</source>
            <translation>«{title}» recuperada.</translation>
        </message>
        <message>
            <source>You already have this routine</source>
            <translation>Ya tienes esta rutina</translation>
        </message>
        <message>
            <source>{clash}

Import it?</source>
            <translation>{clash}

¿Importarla?</translation>
        </message>
        <message>
            <source>Routine file not imported</source>
            <translation>Archivo de rutina no importado</translation>
        </message>
        <message>
            <source>{file} was not imported: it has these problems.</source>
            <translation>{file} no se importó: tiene estos problemas.</translation>
        </message>
        <message>
            <source>Not imported: {error}</source>
            <translation>No se importó: {error}</translation>
        </message>
        <message>
            <source>Your own exercise {old} was kept; the imported one is {new}.</source>
            <translation>Se conservó tu ejercicio {old}; el importado se llama {new}.</translation>
        </message>
        <message>
            <source>Imported “{title}”.</source>
            <translation>«{title}» importada.</translation>
        </message>
        <message>
            <source>Exported “{title}” to {destination}.</source>
            <translation>«{title}» exportada a {destination}.</translation>
        </message>
    </context>
    <context>
        <name>RoutineCheck</name>
        <message>
            <source>is not allowed with mode 'interval'; remove it</source>
            <translation>no se permite con mode 'interval'; quítalo</translation>
        </message>
        <message>
            <source>is not used by mode {mode}, which takes: {keys}</source>
            <translation>no lo usa mode {mode}, que admite: {keys}</translation>
        </message>
        <message>
            <source>replaces reps and sets; give either pyramid = [5, 3, 1] or reps (and sets)</source>
            <translation>sustituye a reps y sets; indica o bien pyramid = [5, 3, 1] o bien reps (y sets)</translation>
        </message>
        <message>
            <source>is required: a whole number from 1 to {high} per set (or a pyramid like [5, 3, 1])</source>
            <translation>es obligatorio: un número entero del 1 al {high} por serie (o una pirámide como [5, 3, 1])</translation>
        </message>
        <message>
            <source>2–64 lowercase letters, digits or _, starting with a letter</source>
            <translation>de 2 a 64 letras minúsculas, cifras o _, empezando por una letra</translation>
        </message>
        <message>
            <source>the text {text}</source>
            <translation>el texto {text}</translation>
        </message>
        <message>
            <source>an empty list</source>
            <translation>una lista vacía</translation>
        </message>
        <message>
            <source>a list of 1 entry</source>
            <translation>una lista de 1 elemento</translation>
        </message>
        <message>
            <source>a list of {count} entries</source>
            <translation>una lista de {count} elementos</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>una tabla</translation>
        </message>
        <message>
            <source>a {kind} value</source>
            <translation>un valor de tipo {kind}</translation>
        </message>
        <message>
            <source>; did you mean {choice}?</source>
            <translation>; ¿querías decir {choice}?</translation>
        </message>
        <message>
            <source> Allowed here: {keys}</source>
            <translation> Aquí se admite: {keys}</translation>
        </message>
        <message>
            <source>; allowed here: {keys}</source>
            <translation>; aquí se admite: {keys}</translation>
        </message>
        <message>
            <source>unknown key {key}{hint}{allowed}</source>
            <translation>clave desconocida {key}{hint}{allowed}</translation>
        </message>
        <message>
            <source>is required: a non-empty text</source>
            <translation>es obligatorio: un texto no vacío</translation>
        </message>
        <message>
            <source>must be a text in quotes, got {value}</source>
            <translation>debe ser un texto entre comillas; se encontró {value}</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>must be at most {limit} characters, got {count}</source>
            <translation>debe tener como mucho {limit} caracteres; tiene {count}</translation>
        </message>
        <message>
            <source>is required: a list of {low} to {high} texts</source>
            <translation>es obligatorio: una lista de {low} a {high} textos</translation>
        </message>
        <message>
            <source>must be a list of texts, like ["…", "…"], got {value}</source>
            <translation>debe ser una lista de textos, como ["…", "…"]; se encontró {value}</translation>
        </message>
        <message>
            <source>must have {low} to {high} entries, got {count}</source>
            <translation>debe tener de {low} a {high} elementos; tiene {count}</translation>
        </message>
        <message>
            <source>entry {position} must be a text, got {value}</source>
            <translation>el elemento {position} debe ser un texto; se encontró {value}</translation>
        </message>
        <message>
            <source>entry {position} must not be empty</source>
            <translation>el elemento {position} no puede estar vacío</translation>
        </message>
        <message>
            <source>entry {position} {problem}</source>
            <translation>el elemento {position} {problem}</translation>
        </message>
        <message>
            <source>a number of seconds from {low} to {high}</source>
            <translation>un número de segundos de {low} a {high}</translation>
        </message>
        <message>
            <source> (write it without the decimal point)</source>
            <translation> (escríbelo sin el punto decimal)</translation>
        </message>
        <message>
            <source>a list of 1 to {count} whole numbers from {low} to {high}</source>
            <translation>una lista de 1 a {count} números enteros del {low} al {high}</translation>
        </message>
        <message>
            <source>must be {rule}, like [5, 3, 1], got {value}</source>
            <translation>debe ser {rule}, como [5, 3, 1]; se encontró {value}</translation>
        </message>
        <message>
            <source>must be {rule}, but one entry is {value}</source>
            <translation>debe ser {rule}, pero un elemento es {value}</translation>
        </message>
        <message>
            <source>the id of an exercise</source>
            <translation>el id de un ejercicio</translation>
        </message>
        <message>
            <source>an id</source>
            <translation>un id</translation>
        </message>
        <message>
            <source>must be {rule}; got {value}</source>
            <translation>debe tener {rule}; se encontró {value}</translation>
        </message>
        <message>
            <source>must be an exercise id ({rule}) or ""; got {value}</source>
            <translation>debe ser un id de ejercicio ({rule}) o ""; se encontró {value}</translation>
        </message>
        <message>
            <source> (write numbers without quotes)</source>
            <translation> (escribe los números sin comillas)</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>un número entero del {low} al {high}</translation>
        </message>
        <message>
            <source>is required: {rule}</source>
            <translation>es obligatorio: {rule}</translation>
        </message>
        <message>
            <source>must be {rule}, got {value}{hint}</source>
            <translation>debe ser {rule}; se encontró {value}{hint}</translation>
        </message>
        <message>
            <source>one of {choices}</source>
            <translation>uno de estos valores: {choices}</translation>
        </message>
        <message>
            <source>must be one of {choices}; got {value}{hint}</source>
            <translation>debe ser uno de estos valores: {choices}; se encontró {value}{hint}</translation>
        </message>
        <message>
            <source>holds only comments; {rule}</source>
            <translation>solo contiene comentarios; {rule}</translation>
        </message>
        <message>
            <source>defines nothing; {rule}</source>
            <translation>no define nada; {rule}</translation>
        </message>
        <message>
            <source>is empty; {rule}</source>
            <translation>está vacío; {rule}</translation>
        </message>
        <message>
            <source>format {value} is newer than this Backtimer understands ({supported}); update Backtimer to use this file</source>
            <translation>el formato {value} es más nuevo de lo que entiende este Backtimer ({supported}); actualiza Backtimer para usar este archivo</translation>
        </message>
        <message>
            <source>must be {supported}, got {value}</source>
            <translation>debe ser {supported}; se encontró {value}</translation>
        </message>
        <message>
            <source>must be written as {header} tables (double brackets), one per item</source>
            <translation>debe escribirse como tablas {header} (con corchetes dobles), una por elemento</translation>
        </message>
        <message>
            <source>must be {header} tables, got {value}</source>
            <translation>deben ser tablas {header}; se encontró {value}</translation>
        </message>
        <message>
            <source>must be a table written as {header}, got {value}</source>
            <translation>debe ser una tabla escrita como {header}; se encontró {value}</translation>
        </message>
        <message>
            <source>must name another exercise, not this one</source>
            <translation>debe nombrar otro ejercicio, no este</translation>
        </message>
        <message>
            <source>must be an [exercise.dose] table, got {value}</source>
            <translation>debe ser una tabla [exercise.dose]; se encontró {value}</translation>
        </message>
        <message>
            <source>is not used here: the dose belongs to this exercise</source>
            <translation>no se usa aquí: la dosis pertenece a este ejercicio</translation>
        </message>
        <message>
            <source>must be an {suffixes} file name, got {value}</source>
            <translation>debe ser un nombre de archivo {suffixes}; se encontró {value}</translation>
        </message>
        <message>
            <source>must be an {suffixes} file name in resources/illustrations, without folders</source>
            <translation>debe ser un nombre de archivo {suffixes} en resources/illustrations, sin carpetas</translation>
        </message>
        <message>
            <source>must be an {suffixes} file name in the folder of this file, got {name}</source>
            <translation>debe ser un nombre de archivo {suffixes} en la carpeta de este archivo; se encontró {name}</translation>
        </message>
        <message>
            <source>belongs in a [[routine.block]] table, not in the routine itself</source>
            <translation>va en una tabla [[routine.block]], no en la propia rutina</translation>
        </message>
        <message>
            <source>is required: 1 to {high} [[routine.block]] tables</source>
            <translation>es obligatorio: de 1 a {high} tablas [[routine.block]]</translation>
        </message>
        <message>
            <source>must have 1 to {high} blocks, got {count}</source>
            <translation>debe tener de 1 a {high} bloques; tiene {count}</translation>
        </message>
        <message>
            <source>contains the invisible control character {code} at character {position}; remove it (only tabs and line breaks are allowed)</source>
            <translation>contiene el carácter de control invisible {code} en el carácter {position}; quítalo (solo se permiten tabuladores y saltos de línea)</translation>
        </message>
        <message>
            <source>contains the invisible format character {code} at character {position}; remove it (a name or title must show every character it holds)</source>
            <translation>contiene el carácter de formato invisible {code} en el carácter {position}; quítalo (un nombre o título debe mostrar todos sus caracteres)</translation>
        </message>
        <message>
            <source>a routine file needs at least one [[routine]] or [[exercise]] table</source>
            <translation>un archivo de rutina necesita al menos una tabla [[routine]] o [[exercise]]</translation>
        </message>
        <message>
            <source>is a folder, not a routine file</source>
            <translation>es una carpeta, no un archivo de rutina</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>no se puede leer: {reason}</translation>
        </message>
        <message>
            <source>is blank (only spaces and line breaks); {rule}</source>
            <translation>está en blanco (solo espacios y saltos de línea); {rule}</translation>
        </message>
        <message>
            <source>is larger than 1 MiB; routine files must be at most 1 MiB, so it was not read</source>
            <translation>ocupa más de 1 MiB; los archivos de rutina pueden ocupar como mucho 1 MiB, así que no se ha leído</translation>
        </message>
        <message>
            <source>is nested too deeply to read as TOML; simplify it</source>
            <translation>está demasiado anidado para leerlo como TOML; simplifícalo</translation>
        </message>
        <message>
            <source>is not a regular file ({kind}), so it was not read</source>
            <translation>no es un archivo normal ({kind}), así que no se ha leído</translation>
        </message>
        <message>
            <source>file not found: {file}; put the picture beside this file or remove the key</source>
            <translation>no se encuentra el archivo: {file}; pon la imagen junto a este archivo o quita la clave</translation>
        </message>
        <message>
            <source>{file} is a link to a file outside this routine's folder, which is not followed; copy the picture itself beside this file</source>
            <translation>{file} es un enlace a un archivo fuera de la carpeta de esta rutina, que no se sigue; copia la propia imagen junto a este archivo</translation>
        </message>
        <message>
            <source>{file} is not a regular file ({kind}); use a .svg or .png picture</source>
            <translation>{file} no es un archivo normal ({kind}); usa una imagen .svg o .png</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>una tubería con nombre</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>un archivo especial</translation>
        </message>
        <message>
            <source>is not UTF-8 text: byte {byte} at column {column}; save the file with UTF-8 encoding</source>
            <translation>no es texto UTF-8: byte {byte} en la columna {column}; guarda el archivo con codificación UTF-8</translation>
        </message>
        <message>
            <source> (column {column})</source>
            <translation> (columna {column})</translation>
        </message>
        <message>
            <source> (at the end of the file)</source>
            <translation> (al final del archivo)</translation>
        </message>
        <message>
            <source>not valid TOML: {detail}{column}</source>
            <translation>no es TOML válido: {detail}{column}</translation>
        </message>
        <message>
            <source>could not be checked because of an internal error; please report it</source>
            <translation>no se pudo comprobar por un error interno; por favor, infórmanos</translation>
        </message>
        <message>
            <source>id {id} is already used by the exercise at line {line} of this file; give this one a new id</source>
            <translation>el id {id} ya lo usa el ejercicio de la línea {line} de este archivo; dale a este un id nuevo</translation>
        </message>
        <message>
            <source>id {id} is already used by the routine at line {line} of this file; give this one a new id</source>
            <translation>el id {id} ya lo usa la rutina de la línea {line} de este archivo; dale a esta un id nuevo</translation>
        </message>
        <message>
            <source>id {id} is already used by the bundled exercise {title}; to change a bundled one, copy it under a new id</source>
            <translation>el id {id} ya lo usa el ejercicio incluido {title}; para cambiar uno incluido, cópialo con un id nuevo</translation>
        </message>
        <message>
            <source>id {id} is already used by the bundled routine {title}; to change a bundled one, copy it under a new id</source>
            <translation>el id {id} ya lo usa la rutina incluida {title}; para cambiar una incluida, cópiala con un id nuevo</translation>
        </message>
        <message>
            <source>id {id} is already used by the exercise {title} in {place}; give this one a new id</source>
            <translation>el id {id} ya lo usa el ejercicio {title} en {place}; dale a este un id nuevo</translation>
        </message>
        <message>
            <source>id {id} is already used by the routine {title} in {place}; give this one a new id</source>
            <translation>el id {id} ya lo usa la rutina {title} en {place}; dale a esta un id nuevo</translation>
        </message>
        <message>
            <source>makes a loop: {loop}; each easier version must lead further, never back to an exercise already on the way</source>
            <translation>forma un bucle: {loop}; cada versión más fácil debe llevar más allá, nunca de vuelta a un ejercicio que ya está en el camino</translation>
        </message>
        <message>
            <source>makes a loop: {loop}; each harder version must lead further, never back to an exercise already on the way</source>
            <translation>forma un bucle: {loop}; cada versión más difícil debe llevar más allá, nunca de vuelta a un ejercicio que ya está en el camino</translation>
        </message>
        <message>
            <source>unknown exercise {id}; it is defined in {file}, which was skipped for its own problems</source>
            <translation>ejercicio desconocido {id}; está definido en {file}, que se ha saltado por sus propios problemas</translation>
        </message>
        <message>
            <source>unknown exercise {id}{hint} Use the id of a bundled exercise or of one in your own files</source>
            <translation>ejercicio desconocido {id}{hint} Usa el id de un ejercicio incluido o de uno de tus propios archivos</translation>
        </message>
        <message>
            <source>unknown exercise {id}; use the id of a bundled exercise or of one in your own files</source>
            <translation>ejercicio desconocido {id}; usa el id de un ejercicio incluido o de uno de tus propios archivos</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditorDialog</name>
        <message>
            <source>Edit routine</source>
            <translation>Editar rutina</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Rutina nueva</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>Why Save is off</source>
            <translation>Por qué no se puede guardar</translation>
        </message>
        <message>
            <source>Save the routine (Ctrl+S)</source>
            <translation>Guardar la rutina (Ctrl+S)</translation>
        </message>
        <message>
            <source>Routine title</source>
            <translation>Título de la rutina</translation>
        </message>
        <message>
            <source>e.g. My physio programme</source>
            <translation>p. ej. Mi programa de fisioterapia</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <source>Problem with the title</source>
            <translation>Problema con el título</translation>
        </message>
        <message>
            <source>Routine category</source>
            <translation>Categoría de la rutina</translation>
        </message>
        <message>
            <source>Routine level</source>
            <translation>Nivel de la rutina</translation>
        </message>
        <message>
            <source>Routine summary</source>
            <translation>Resumen de la rutina</translation>
        </message>
        <message>
            <source>One or two sentences shown in the library</source>
            <translation>Una o dos frases que se muestran en la biblioteca</translation>
        </message>
        <message>
            <source>Problem with the summary</source>
            <translation>Problema con el resumen</translation>
        </message>
        <message>
            <source>Get-ready time before each exercise</source>
            <translation>Tiempo de preparación antes de cada ejercicio</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>N&amp;ivel:</translation>
        </message>
        <message>
            <source>&amp;Get ready:</source>
            <translation>&amp;Preparación:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>&amp;Resumen:</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Exercises in this routine</source>
            <translation>Ejercicios de esta rutina</translation>
        </message>
        <message>
            <source>Insert adds, Delete removes, Alt+Up and Alt+Down move the selected exercise</source>
            <translation>Insert añade, Supr quita, Alt+Arriba y Alt+Abajo mueven el ejercicio seleccionado</translation>
        </message>
        <message>
            <source>Problem with the exercises</source>
            <translation>Problema con los ejercicios</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>Add an exercise after the selected one (Insert)</source>
            <translation>Añadir un ejercicio después del seleccionado (Insert)</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Añadir ejercicio</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the selected exercise (Delete)</source>
            <translation>Quitar el ejercicio seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>Quitar ejercicio</translation>
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move the selected exercise up (Alt+Up)</source>
            <translation>Subir el ejercicio seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move the selected exercise down (Alt+Down)</source>
            <translation>Bajar el ejercicio seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>&amp;Exercises, in order:</source>
            <translation>&amp;Ejercicios, en orden:</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Dosage of the selected exercise</source>
            <translation>Dosificación del ejercicio seleccionado</translation>
        </message>
        <message>
            <source>A routine has at most {MAX_BLOCKS} exercises.</source>
            <translation>Una rutina tiene como máximo {MAX_BLOCKS} ejercicios.</translation>
        </message>
        <message>
            <source>Give the routine a title.</source>
            <translation>Ponle un título a la rutina.</translation>
        </message>
        <message>
            <source>Write a one-line summary for the library.</source>
            <translation>Escribe un resumen de una línea para la biblioteca.</translation>
        </message>
        <message>
            <source>Add at least one exercise (Insert, or the Add button).</source>
            <translation>Añade al menos un ejercicio (Insert o el botón Añadir).</translation>
        </message>
        <message>
            <source>Exercise {number}: {message}</source>
            <translation>Ejercicio {number}: {message}</translation>
        </message>
        <message>
            <source>{mark}{value}. {exercise_name} — {dosage}</source>
            <translation>{mark}{value}. {exercise_name}: {dosage}</translation>
        </message>
        <message>
            <source>Saved as {routine_id}.toml in your routines folder</source>
            <translation>Guardada como {routine_id}.toml en tu carpeta de rutinas</translation>
        </message>
        <message>
            <source>Total: {format_seconds}  (about {round} min)</source>
            <translation>Total: {format_seconds}  (unos {round} min)</translation>
        </message>
        <message>
            <source>Not saved; the file would have problems:
{lines}</source>
            <translation>No se guardó; el archivo tendría problemas:
{lines}</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>No se guardó: {error}</translation>
        </message>
    </context>
    <context>
        <name>RoutineStore</name>
        <message>
            <source>Nothing was saved, because of these problems:
{lines}</source>
            <translation>No se ha guardado nada por estos problemas:
{lines}</translation>
        </message>
        <message>
            <source>“{title}” is a bundled routine and cannot be changed; duplicate it and edit the copy.</source>
            <translation>«{title}» es una rutina incluida y no se puede cambiar; duplícala y edita la copia.</translation>
        </message>
        <message>
            <source>{path} already exists and holds something else; rename or move that file first, or give the routine another title.</source>
            <translation>{path} ya existe y contiene otra cosa; cambia el nombre de ese archivo o muévelo antes, o dale otro título a la rutina.</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (copia)</translation>
        </message>
        <message>
            <source>“{title}” is a bundled routine; it cannot be deleted.</source>
            <translation>«{title}» es una rutina incluida; no se puede borrar.</translation>
        </message>
        <message>
            <source>Cannot bring back “{title}”: {original} has been created or changed since. The deleted file is kept at {kept}.</source>
            <translation>No se puede recuperar «{title}»: {original} se ha creado o cambiado desde entonces. El archivo borrado se conserva en {kept}.</translation>
        </message>
        <message>
            <source>Cannot bring back “{title}”: {reason}. The deleted file is kept at {kept}.</source>
            <translation>No se puede recuperar «{title}»: {reason}. El archivo borrado se conserva en {kept}.</translation>
        </message>
        <message>
            <source>{path} already exists; give the new item another name so it gets a new id.</source>
            <translation>{path} ya existe; ponle otro nombre al elemento nuevo para que reciba un id nuevo.</translation>
        </message>
        <message>
            <source>{target} already exists; move it away first.</source>
            <translation>{target} ya existe; muévelo antes a otro sitio.</translation>
        </message>
        <message>
            <source>Cannot read the picture {source}: {reason}.</source>
            <translation>No se puede leer la imagen {source}: {reason}.</translation>
        </message>
        <message>
            <source>The picture {source} is larger than {limit} MiB; choose a smaller one.</source>
            <translation>La imagen {source} ocupa más de {limit} MiB; elige una más pequeña.</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}. Check that the folder exists and is writable.</source>
            <translation>No se puede escribir en {folder}: {reason}. Comprueba que la carpeta existe y se puede escribir.</translation>
        </message>
        <message>
            <source>Cannot save {target}: {reason}.</source>
            <translation>No se puede guardar {target}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>SafetyDialog</name>
        <message>
            <source>Welcome: please read</source>
            <translation>Bienvenida: léelo, por favor</translation>
        </message>
        <message>
            <source>When to get help</source>
            <translation>Cuándo pedir ayuda</translation>
        </message>
        <message>
            <source>Welcome to Backtimer</source>
            <translation>Te damos la bienvenida a Backtimer</translation>
        </message>
        <message>
            <source>Safety information</source>
            <translation>Información de seguridad</translation>
        </message>
        <message>
            <source>I understand</source>
            <translation>Entendido</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>SessionDetailDialog</name>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Rep.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Saltado</translation>
        </message>
        <message>
            <source>made it easier</source>
            <translation>lo hizo más fácil</translation>
        </message>
        <message>
            <source>skipped the exercise</source>
            <translation>saltó el ejercicio</translation>
        </message>
        <message>
            <source>stopped the session</source>
            <translation>terminó la sesión</translation>
        </message>
        <message>
            <source>carried on</source>
            <translation>siguió</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>Pain before the session, 0 to 10</source>
            <translation>Dolor antes de la sesión, de 0 a 10</translation>
        </message>
        <message>
            <source>Pain after the session, 0 to 10</source>
            <translation>Dolor después de la sesión, de 0 a 10</translation>
        </message>
        <message>
            <source>Note on the pain before the session</source>
            <translation>Nota sobre el dolor antes de la sesión</translation>
        </message>
        <message>
            <source>Note on the pain after the session</source>
            <translation>Nota sobre el dolor después de la sesión</translation>
        </message>
        <message>
            <source>Symptoms with the pain before the session</source>
            <translation>Síntomas con el dolor antes de la sesión</translation>
        </message>
        <message>
            <source>Symptoms with the pain after the session</source>
            <translation>Síntomas con el dolor después de la sesión</translation>
        </message>
        <message>
            <source>pain {score}/10, </source>
            <translation>dolor {score}/10, </translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Detalles de la sesión</translation>
        </message>
        <message>
            <source>Pain (0 = none, 10 = worst imaginable)</source>
            <translation>Dolor (0 = sin dolor, 10 = el peor dolor imaginable)</translation>
        </message>
        <message>
            <source>“This hurts” during the session</source>
            <translation>«Esto duele» durante la sesión</translation>
        </message>
        <message>
            <source>Steps of the session</source>
            <translation>Pasos de la sesión</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>How did it go? Anything to tell your physiotherapist?</source>
            <translation>¿Qué tal fue? ¿Algo que contarle a tu fisioterapeuta?</translation>
        </message>
        <message>
            <source>Session note</source>
            <translation>Nota de la sesión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source> · effort {effort}/10</source>
            <translation> · esfuerzo {effort}/10</translation>
        </message>
        <message>
            <source>{done} done of {planned} planned</source>
            <translation>{done} hechos de {planned} previstos</translation>
        </message>
        <message>
            <source>Session effect: {change}. {meaning}</source>
            <translation>Efecto de la sesión: {change}. {meaning}</translation>
        </message>
        <message>
            <source>Not pressed in this session.</source>
            <translation>No se pulsó en esta sesión.</translation>
        </message>
        <message>
            <source>{label} ({time}):</source>
            <translation>{label} ({time}):</translation>
        </message>
        <message>
            <source>With: {symptoms}</source>
            <translation>Con: {symptoms}</translation>
        </message>
        <message>
            <source>No pain score was recorded for this session.</source>
            <translation>No se anotó ninguna puntuación de dolor en esta sesión.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save your changes to this session?</source>
            <translation>¿Guardar los cambios de esta sesión?</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>, {count} skipped</source>
            <translation>, saltados: {count}</translation>
        </message>
        <message>
            <source>{done} of 1 step</source>
            <translation>{done} de 1 paso</translation>
        </message>
        <message>
            <source>{done} of {planned} steps</source>
            <translation>{done} de {planned} pasos</translation>
        </message>
        <message>
            <source>1 step</source>
            <translation>1 paso</translation>
        </message>
        <message>
            <source>{count} steps</source>
            <translation>{count} pasos</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completa</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>Stopped after {steps}</source>
            <translation>Parada tras {steps}</translation>
        </message>
        <message>
            <source>Interrupted after {steps}</source>
            <translation>Interrumpida tras {steps}</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Aún en marcha</translation>
        </message>
        <message>
            <source>Needs both a pain score before and after the session.</source>
            <translation>Necesita una puntuación de dolor antes y después de la sesión.</translation>
        </message>
        <message>
            <source>Pain was the same before and after the session.</source>
            <translation>El dolor fue el mismo antes y después de la sesión.</translation>
        </message>
        <message>
            <source>Pain was 1 point lower after the session than before it.</source>
            <translation>El dolor fue 1 punto más bajo después de la sesión que antes.</translation>
        </message>
        <message>
            <source>Pain was 1 point higher after the session than before it.</source>
            <translation>El dolor fue 1 punto más alto después de la sesión que antes.</translation>
        </message>
        <message>
            <source>Pain was {points} points lower after the session than before it.</source>
            <translation>El dolor fue {points} puntos más bajo después de la sesión que antes.</translation>
        </message>
        <message>
            <source>Pain was {points} points higher after the session than before it.</source>
            <translation>El dolor fue {points} puntos más alto después de la sesión que antes.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Time done</source>
            <translation>Tiempo hecho</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Finalización</translation>
        </message>
        <message>
            <source>Pain before → after</source>
            <translation>Dolor antes → después</translation>
        </message>
        <message>
            <source>Session effect</source>
            <translation>Efecto de la sesión</translation>
        </message>
        <message>
            <source>“This hurts”</source>
            <translation>«Esto duele»</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>When the session started, in the local time where you were</source>
            <translation>Cuándo empezó la sesión, en la hora local de donde estabas</translation>
        </message>
        <message>
            <source>The routine you followed</source>
            <translation>La rutina que hiciste</translation>
        </message>
        <message>
            <source>Time actually spent on the steps (minutes:seconds)</source>
            <translation>Tiempo real dedicado a los pasos (minutos:segundos)</translation>
        </message>
        <message>
            <source>Whether you finished the routine</source>
            <translation>Si terminaste la rutina</translation>
        </message>
        <message>
            <source>Pain 0–10 right before and right after the session</source>
            <translation>Dolor 0–10 justo antes y justo después de la sesión</translation>
        </message>
        <message>
            <source>Session effect: pain after minus pain before; negative means the session eased it</source>
            <translation>Efecto de la sesión: dolor después menos dolor antes; un valor negativo significa que la sesión lo alivió</translation>
        </message>
        <message>
            <source>How often you pressed “This hurts” during the session</source>
            <translation>Cuántas veces pulsaste «Esto duele» durante la sesión</translation>
        </message>
        <message>
            <source>Your note about the session</source>
            <translation>Tu nota sobre la sesión</translation>
        </message>
        <message>
            <source>{done} done of {planned} planned</source>
            <translation>{done} hechos de {planned} previstos</translation>
        </message>
        <message>
            <source>“This hurts” pressed once</source>
            <translation>«Esto duele» pulsado una vez</translation>
        </message>
        <message>
            <source>“This hurts” pressed {count} times</source>
            <translation>«Esto duele» pulsado {count} veces</translation>
        </message>
        <message>
            <source>Press Enter or double-click to see the steps and edit notes</source>
            <translation>Pulsa Intro o haz doble clic para ver los pasos y editar las notas</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Secciones de los ajustes</translation>
        </message>
        <message>
            <source>So&amp;und and voice</source>
            <translation>&amp;Sonido y voz</translation>
        </message>
        <message>
            <source>&amp;Workout</source>
            <translation>&amp;Entrenamiento</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>A&amp;pariencia</translation>
        </message>
        <message>
            <source>R&amp;eminders</source>
            <translation>&amp;Recordatorios</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <source>Play &amp;sounds</source>
            <translation>Reproducir &amp;sonidos</translation>
        </message>
        <message>
            <source>Sounds at each step</source>
            <translation>Sonidos en cada paso</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Loudness of sounds and voice</source>
            <translation>Volumen de los sonidos y la voz</translation>
        </message>
        <message>
            <source>&amp;Test sound and voice</source>
            <translation>&amp;Probar sonido y voz</translation>
        </message>
        <message>
            <source>Test sound and voice</source>
            <translation>Probar sonido y voz</translation>
        </message>
        <message>
            <source>Plays the start sound</source>
            <translation>Reproduce el sonido de inicio</translation>
        </message>
        <message>
            <source>Speak &amp;cues</source>
            <translation>Decir las &amp;indicaciones</translation>
        </message>
        <message>
            <source>Says each exercise aloud</source>
            <translation>Dice cada ejercicio en voz alta</translation>
        </message>
        <message>
            <source>Count the last seconds &amp;aloud</source>
            <translation>Contar los últimos segundos en &amp;voz alta</translation>
        </message>
        <message>
            <source>Says 3, 2, 1 before a step ends</source>
            <translation>Dice 3, 2, 1 antes de que acabe un paso</translation>
        </message>
        <message>
            <source>&amp;Beep in the last seconds</source>
            <translation>&amp;Pitido en los últimos segundos</translation>
        </message>
        <message>
            <source>A tick for each of the last seconds</source>
            <translation>Un tic por cada uno de los últimos segundos</translation>
        </message>
        <message>
            <source>Speech rate</source>
            <translation>Velocidad de la voz</translation>
        </message>
        <message>
            <source>Slower to the left</source>
            <translation>Más lenta hacia la izquierda</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>The speech engine's voices</source>
            <translation>Las voces del sintetizador de voz</translation>
        </message>
        <message>
            <source>Looking for voices…</source>
            <translation>Buscando voces…</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>&amp;Volumen:</translation>
        </message>
        <message>
            <source>Speech &amp;rate:</source>
            <translation>Veloci&amp;dad de la voz:</translation>
        </message>
        <message>
            <source>V&amp;oice:</source>
            <translation>V&amp;oz:</translation>
        </message>
        <message>
            <source>Each routine's own</source>
            <translation>El de cada rutina</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Get-ready time before each exercise</source>
            <translation>Tiempo de preparación antes de cada ejercicio</translation>
        </message>
        <message>
            <source>Seconds; the lowest value keeps each routine's own time</source>
            <translation>Segundos; el valor más bajo mantiene el tiempo de cada rutina</translation>
        </message>
        <message>
            <source>Start workouts in &amp;floor mode</source>
            <translation>Empezar los entrenamientos en &amp;modo suelo</translation>
        </message>
        <message>
            <source>Full screen, large text</source>
            <translation>Pantalla completa, letra grande</translation>
        </message>
        <message>
            <source>Ask for a pain score &amp;before a workout</source>
            <translation>Pedir una puntuación de dolor &amp;antes del entrenamiento</translation>
        </message>
        <message>
            <source>Skippable with Esc</source>
            <translation>Se puede saltar con Esc</translation>
        </message>
        <message>
            <source>Ask for a pain score &amp;after a workout</source>
            <translation>Pedir una puntuación de dolor &amp;después del entrenamiento</translation>
        </message>
        <message>
            <source>Ask how your back is the &amp;morning after a workout</source>
            <translation>Preguntar por la espalda la &amp;mañana después de entrenar</translation>
        </message>
        <message>
            <source>Before noon, once; it tells whether the workout settled by the next day</source>
            <translation>Una vez, antes del mediodía; así se ve si la espalda se calmó al día siguiente</translation>
        </message>
        <message>
            <source>&amp;Get-ready time:</source>
            <translation>&amp;Tiempo de preparación:</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Light or dark colours</source>
            <translation>Colores claros u oscuros</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>&amp;Remind me to exercise</source>
            <translation>&amp;Recordarme hacer ejercicio</translation>
        </message>
        <message>
            <source>A desktop notification</source>
            <translation>Una notificación de escritorio</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>Hours and minutes</source>
            <translation>Horas y minutos</translation>
        </message>
        <message>
            <source>Routine to suggest</source>
            <translation>Rutina que se propone</translation>
        </message>
        <message>
            <source>Named in the reminder</source>
            <translation>Se nombra en el recordatorio</translation>
        </message>
        <message>
            <source>Start Backtimer when I &amp;log in</source>
            <translation>Iniciar Backtimer al &amp;entrar en la sesión</translation>
        </message>
        <message>
            <source>So reminders can appear</source>
            <translation>Para que puedan aparecer los recordatorios</translation>
        </message>
        <message>
            <source>On these days:</source>
            <translation>Estos días:</translation>
        </message>
        <message>
            <source>At &amp;time:</source>
            <translation>A la &amp;hora:</translation>
        </message>
        <message>
            <source>R&amp;outine:</source>
            <translation>R&amp;utina:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Your journal, backups and routines are kept here</source>
            <translation>Aquí se guardan tu diario, las copias de seguridad y las rutinas</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir carpeta</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>In the file manager</source>
            <translation>En el gestor de archivos</translation>
        </message>
        <message>
            <source>Your journal, its daily backups and your own routines live in this folder. To keep them somewhere else, start Backtimer with &lt;code&gt;--data-dir FOLDER&lt;/code&gt; or set the &lt;code&gt;BACKTIMER_DATA_DIR&lt;/code&gt; environment variable.</source>
            <translation>Tu diario, sus copias de seguridad diarias y tus propias rutinas están en esta carpeta. Para guardarlos en otro sitio, inicia Backtimer con &lt;code&gt;--data-dir CARPETA&lt;/code&gt; o define la variable de entorno &lt;code&gt;BACKTIMER_DATA_DIR&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Data &amp;folder:</source>
            <translation>&amp;Carpeta de datos:</translation>
        </message>
        <message>
            <source>The engine's default voice</source>
            <translation>La voz predeterminada del sintetizador</translation>
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
            <translation>Más lenta</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Más rápida</translation>
        </message>
        <message>
            <source>%1, from -1 to 1</source>
            <translation>%1, de -1 a 1</translation>
        </message>
        <message numerus="yes">
            <source>%n voice(s) available.</source>
            <translation>
                <numerusform>%n voz disponible.</numerusform>
                <numerusform>%n voces disponibles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Voice cannot work here: %1.</source>
            <translation>La voz no puede funcionar aquí: %1.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>{file} was not imported because it has problems:
</source>
            <translation>{file} no se ha importado porque tiene problemas:
</translation>
        </message>
        <message>
            <source>You already have a routine with the id {routine_id!r} (“{existing_title}”). Import this one under the new id {suggested_id!r} to keep both.</source>
            <translation>Ya tienes una rutina con el id {routine_id!r} («{existing_title}»). Importa esta con el id nuevo {suggested_id!r} para conservar las dos.</translation>
        </message>
        <message>
            <source>Cannot write the routine file: {refusal}.</source>
            <translation>No se puede escribir el archivo de rutina: {refusal}.</translation>
        </message>
        <message>
            <source>Cannot write {destination}: {reason}. Choose a folder you can write to.</source>
            <translation>No se puede escribir {destination}: {reason}. Elige una carpeta en la que puedas escribir.</translation>
        </message>
        <message>
            <source>Cannot share the picture: {refused}.</source>
            <translation>No se puede compartir la imagen: {refused}.</translation>
        </message>
        <message>
            <source>The picture {picture} is too big to share; use a smaller file.</source>
            <translation>La imagen {picture} es demasiado grande para compartirla; usa un archivo más pequeño.</translation>
        </message>
        <message>
            <source>{file} is too big to be a shared routine; it was not imported.</source>
            <translation>{file} es demasiado grande para ser una rutina compartida; no se ha importado.</translation>
        </message>
        <message>
            <source>{file} is protected by a password, so it cannot be read. Ask for the routine to be shared again without a password.</source>
            <translation>{file} está protegido con contraseña, así que no se puede leer. Pide que te compartan la rutina otra vez sin contraseña.</translation>
        </message>
        <message>
            <source>{file} is damaged: {member} has the wrong size.</source>
            <translation>{file} está dañado: {member} tiene un tamaño incorrecto.</translation>
        </message>
        <message>
            <source>{file} is not a Backtimer routine file (a .zip or .toml), or it is damaged; it was not imported.</source>
            <translation>{file} no es un archivo de rutina de Backtimer (.zip o .toml), o está dañado; no se ha importado.</translation>
        </message>
        <message>
            <source>Cannot read {file}: it {error}.</source>
            <translation>No se puede leer {file}: el archivo {error}.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation>No se puede leer {file}: {reason}.</translation>
        </message>
        <message>
            <source>{file} holds {name!r} as a link or special file, which a shared routine never contains; it was not imported.</source>
            <translation>{file} contiene {name!r} como enlace o archivo especial, algo que una rutina compartida nunca contiene; no se ha importado.</translation>
        </message>
        <message>
            <source>{file} holds {name!r}, which a shared routine never contains; it was not imported.</source>
            <translation>{file} contiene {name!r}, algo que una rutina compartida nunca contiene; no se ha importado.</translation>
        </message>
        <message>
            <source>{file} holds {count} routine files; a shared routine holds exactly one.</source>
            <translation>{file} contiene {count} archivos de rutina; una rutina compartida contiene exactamente uno.</translation>
        </message>
        <message>
            <source>{file} holds {count} routines; a shared routine file holds exactly one. To use them all, copy the file into your routines folder instead.</source>
            <translation>{file} contiene {count} rutinas; un archivo de rutina compartido contiene exactamente una. Para usarlas todas, copia el archivo en tu carpeta de rutinas.</translation>
        </message>
        <message>
            <source>{file}: the picture {picture} is not a PNG image; it was not imported.</source>
            <translation>{file}: la imagen {picture} no es una imagen PNG; no se ha importado.</translation>
        </message>
        <message>
            <source>{file}: the picture {picture} is not a plain SVG drawing (it declares entities, holds a script or links to other files); it was not imported.</source>
            <translation>{file}: la imagen {picture} no es un dibujo SVG sencillo (declara entidades, contiene un script o enlaza a otros archivos); no se ha importado.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>process {pid}</source>
            <translation>proceso {pid}</translation>
        </message>
        <message>
            <source>another process</source>
            <translation>otro proceso</translation>
        </message>
        <message>
            <source>Backtimer is already running for the data folder {folder} ({who}), but that window did not answer. Switch to it, or close it and start Backtimer again. If it is stuck, end that process first: your journal is safe, every completed step is saved as it happens.</source>
            <translation>Backtimer ya está en marcha para la carpeta de datos {folder} ({who}), pero esa ventana no respondió. Cambia a ella, o ciérrala y vuelve a iniciar Backtimer. Si está bloqueada, termina antes ese proceso: tu diario está a salvo, cada paso completado se guarda en el momento.</translation>
        </message>
    </context>
    <context>
        <name>TodayController</name>
        <message>
            <source>Flare mode is on: today is marked as a flare day.</source>
            <translation>El modo brote está activado: hoy queda marcado como día de brote.</translation>
        </message>
        <message>
            <source>Next time: {changes}</source>
            <translation>La próxima vez: {changes}</translation>
        </message>
        <message>
            <source> It is used from the next start of Backtimer.</source>
            <translation> Se usará desde el próximo inicio de Backtimer.</translation>
        </message>
        <message>
            <source>Saved “{title}”: {changes}.</source>
            <translation>«{title}» guardada: {changes}.</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Stop the 12-week plan?</source>
            <translation>¿Dejar el plan de 12 semanas?</translation>
        </message>
        <message>
            <source>Stop the 12-week plan? Starting it again begins at week 1.</source>
            <translation>¿Dejar el plan de 12 semanas? Si vuelves a empezarlo, empezará en la semana 1.</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>Hola</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Buenos días</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>Buenas tardes</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>Buenas noches</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>I'm feeling better — end flare mode</source>
            <translation>Me encuentro mejor: terminar el modo brote</translation>
        </message>
        <message>
            <source>Show the flare plan</source>
            <translation>Ver el plan para el brote</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>Hecho hoy</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Suggested for today</source>
            <translation>Propuesta para hoy</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>When to get help</source>
            <translation>Cuándo pedir ayuda</translation>
        </message>
        <message>
            <source>I'm having a flare-up</source>
            <translation>Tengo un brote de dolor</translation>
        </message>
        <message>
            <source>Shows the flare plan and switches to it</source>
            <translation>Muestra el plan para el brote y cambia a él</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <comment>date format</comment>
            <translation>dddd d 'de' MMMM</translation>
        </message>
        <message>
            <source>No routine available</source>
            <translation>No hay ninguna rutina disponible</translation>
        </message>
        <message>
            <source>about {duration}</source>
            <translation>unos {duration}</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>Empezar {title}</translation>
        </message>
        <message>
            <source>✔ Done today</source>
            <translation>✔ Hecho hoy</translation>
        </message>
        <message>
            <source>Not done yet today (you did: {others})</source>
            <translation>Todavía no la has hecho hoy (hiciste: {others})</translation>
        </message>
        <message>
            <source>Not done yet today</source>
            <translation>Todavía no la has hecho hoy</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Switch to the flare plan</source>
            <translation>Cambiar al plan para el brote</translation>
        </message>
        <message>
            <source>Yes, change my routine</source>
            <translation>Sí, cambiar mi rutina</translation>
        </message>
        <message>
            <source>Do it next time</source>
            <translation>La próxima vez</translation>
        </message>
        <message>
            <source>12-week plan</source>
            <translation>Plan de 12 semanas</translation>
        </message>
        <message>
            <source>From {back_basics} to {core_control} in 12 weeks: 2–3 strength sessions a week, walking on the other days, one small step up at a time.</source>
            <translation>De «{back_basics}» a «{core_control}» en 12 semanas: 2–3 sesiones de fuerza por semana, caminar los demás días, subiendo un pequeño paso cada vez.</translation>
        </message>
        <message>
            <source>Start the 12-week plan</source>
            <translation>Empezar el plan de 12 semanas</translation>
        </message>
        <message>
            <source>&lt;b&gt;{weeks}&lt;/b&gt; · Walking: {walking}.&lt;br&gt;Daily, optional: {daily}.&lt;br&gt;{note}</source>
            <translation>&lt;b&gt;{weeks}&lt;/b&gt; · Caminar: {walking}.&lt;br&gt;Cada día, opcional: {daily}.&lt;br&gt;{note}</translation>
        </message>
        <message>
            <source>Stop the plan</source>
            <translation>Dejar el plan</translation>
        </message>
        <message>
            <source>Flare mode ended. Build back up gently over 1–2 weeks.</source>
            <translation>Modo brote terminado. Vuelve a aumentar con suavidad en 1–2 semanas.</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>0 no pain</source>
            <translation>0 sin dolor</translation>
        </message>
        <message>
            <source>10 worst</source>
            <translation>10 el peor</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>intenso</translation>
        </message>
        <message>
            <source>Pain trend chart</source>
            <translation>Gráfico de la evolución del dolor</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Dolor (0–10)</translation>
        </message>
        <message>
            <source>Before a session</source>
            <translation>Antes de una sesión</translation>
        </message>
        <message>
            <source>After a session</source>
            <translation>Después de una sesión</translation>
        </message>
        <message>
            <source>Day average</source>
            <translation>Media del día</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>Media de 7 días</translation>
        </message>
        <message>
            <source>Flare-up days</source>
            <translation>Días de brote</translation>
        </message>
        <message>
            <source>“This hurts”</source>
            <translation>«Esto duele»</translation>
        </message>
        <message>
            <source>Flare-up (1 day)</source>
            <translation>Brote (1 día)</translation>
        </message>
        <message>
            <source>Flare-up ({days} days)</source>
            <translation>Brote ({days} días)</translation>
        </message>
        <message>
            <source>first week</source>
            <translation>primera semana</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>esta semana</translation>
        </message>
        <message>
            <source>latest week</source>
            <translation>última semana</translation>
        </message>
        <message>
            <source>Could not save the chart as {path}. Check that the folder exists and that you can write to it, or choose another place.</source>
            <translation>No se pudo guardar el gráfico como {path}. Comprueba que la carpeta existe y que puedes escribir en ella, o elige otro sitio.</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>4 weeks</source>
            <translation>4 semanas</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 año</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>No pain scores yet. Your chart appears after your first session — start one from the Library.</source>
            <translation>Todavía no hay puntuaciones de dolor. Tu gráfico aparecerá tras tu primera sesión: empieza una desde la Biblioteca.</translation>
        </message>
        <message>
            <source>Before and after each session, Backtimer asks how your back feels right now, from 0 (no pain) to 10 (worst pain imaginable). After two weeks of ratings this page tells you, in plain words, whether your pain is changing, and how each routine tends to feel on the day (the session effect).</source>
            <translation>Antes y después de cada sesión, Backtimer te pregunta cómo sientes la espalda en ese momento, de 0 (sin dolor) a 10 (el peor dolor imaginable). Tras dos semanas de valoraciones, esta página te dice con palabras sencillas si tu dolor está cambiando y cómo suele sentarte cada rutina ese mismo día (el efecto de la sesión).</translation>
        </message>
        <message>
            <source>&amp;Pain</source>
            <translation>D&amp;olor</translation>
        </message>
        <message>
            <source>Your pain over time</source>
            <translation>Tu dolor a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Show all of it</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Show the last {period}</source>
            <translation>Mostrar periodo: {period}</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Guardar como PNG…</translation>
        </message>
        <message>
            <source>Save the chart as an image, e.g. for your physiotherapist</source>
            <translation>Guardar el gráfico como imagen, p. ej. para tu fisioterapeuta</translation>
        </message>
        <message>
            <source>Drawing your chart…</source>
            <translation>Dibujando tu gráfico…</translation>
        </message>
        <message>
            <source>Go to the Library</source>
            <translation>Ir a la Biblioteca</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Session effect (after − before)</source>
            <translation>Efecto de la sesión (después − antes)</translation>
        </message>
        <message>
            <source>Session effect by routine</source>
            <translation>Efecto de la sesión por rutina</translation>
        </message>
        <message>
            <source>How sessions feel (session effect)</source>
            <translation>Cómo sientan las sesiones (efecto de la sesión)</translation>
        </message>
        <message>
            <source>Staying active</source>
            <translation>Mantenerse activo</translation>
        </message>
        <message>
            <source>Your routines appear here after your first session.</source>
            <translation>Tus rutinas aparecerán aquí tras tu primera sesión.</translation>
        </message>
        <message>
            <source>This week: {sessions}, {minutes} min</source>
            <translation>Esta semana: {sessions}, {minutes} min</translation>
        </message>
        <message>
            <source>Last {weeks}: {sessions}, {minutes}</source>
            <translation>Últimas {weeks}: {sessions}, {minutes}</translation>
        </message>
        <message>
            <source>Active days in a row: {streak} (longest: {longest})</source>
            <translation>Días activos seguidos: {streak} (récord: {longest})</translation>
        </message>
        <message>
            <source>No sessions yet. Each day you exercise fills a square below.</source>
            <translation>Todavía no hay sesiones. Cada día que hagas ejercicio se rellenará un cuadro abajo.</translation>
        </message>
        <message>
            <source>Save chart as PNG</source>
            <translation>Guardar el gráfico como PNG</translation>
        </message>
        <message>
            <source>Could not save the chart</source>
            <translation>No se pudo guardar el gráfico</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 semana</translation>
        </message>
        <message>
            <source>{count} weeks</source>
            <translation>{count} semanas</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
        <message>
            <source>too few scores ({count})</source>
            <translation>muy pocas puntuaciones ({count})</translation>
        </message>
        <message>
            <source>{effect}  ({count} scored)</source>
            <translation>{effect}  ({count} valoradas)</translation>
        </message>
    </context>
    <context>
        <name>VoiceCues</name>
        <message>
            <source>Well done. Routine complete.</source>
            <translation>Bien hecho. Rutina completada.</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Vas por la mitad</translation>
        </message>
        <message>
            <source>left side first</source>
            <translation>primero el lado izquierdo</translation>
        </message>
        <message>
            <source>right side first</source>
            <translation>primero el lado derecho</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Lado izquierdo</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Lado derecho</translation>
        </message>
        <message>
            <source>{label}, left side</source>
            <translation>{label}, lado izquierdo</translation>
        </message>
        <message>
            <source>{label}, right side</source>
            <translation>{label}, lado derecho</translation>
        </message>
    </context>
    <context>
        <name>WorkoutFlow</name>
        <message>
            <source>Stopped before the first exercise: nothing was recorded.</source>
            <translation>Terminado antes del primer ejercicio: no se anotó nada.</translation>
        </message>
        <message>
            <source>A workout is already running.</source>
            <translation>Ya hay un entrenamiento en marcha.</translation>
        </message>
        <message>
            <source>Unknown routine</source>
            <translation>Rutina desconocida</translation>
        </message>
        <message>
            <source>There is no routine with the id “{id}”. See the Library, or run: backtimer routines list</source>
            <translation>No hay ninguna rutina con el identificador «{id}». Mira en la Biblioteca o ejecuta: backtimer routines list</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>Before &lt;b&gt;{title}&lt;/b&gt;: a quick check-in (Esc skips).</source>
            <translation>Antes de &lt;b&gt;{title}&lt;/b&gt;: una pregunta rápida (Esc la salta).</translation>
        </message>
        <message>
            <source>Quit during a workout?</source>
            <translation>¿Salir durante un entrenamiento?</translation>
        </message>
        <message>
            <source>A workout is running. Quit anyway? The steps you have done are saved.</source>
            <translation>Hay un entrenamiento en marcha. ¿Salir de todos modos? Los pasos que has hecho están guardados.</translation>
        </message>
        <message>
            <source>How do you feel now?</source>
            <translation>¿Cómo te encuentras ahora?</translation>
        </message>
        <message>
            <source>Well done. One last check-in (Esc skips).</source>
            <translation>Bien hecho. Una última pregunta (Esc la salta).</translation>
        </message>
        <message>
            <source>You stopped the workout. How is your back now? (Esc skips)</source>
            <translation>Has terminado el entrenamiento. ¿Cómo está tu espalda ahora? (Esc la salta)</translation>
        </message>
    </context>
    <context>
        <name>WorkoutSession</name>
        <message>
            <source>Following a workout</source>
            <translation>Siguiendo un entrenamiento</translation>
        </message>
        <message>
            <source>Routine complete</source>
            <translation>Rutina completa</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>¡Bien hecho!</translation>
        </message>
        <message>
            <source>Routine finished</source>
            <translation>Rutina terminada</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Entrenamiento terminado</translation>
        </message>
        <message>
            <source>Stopped — that's fine.</source>
            <translation>Terminado: no pasa nada.</translation>
        </message>
        <message>
            <source>Paused: the computer was asleep for {time}. Press Space when you are ready to carry on.</source>
            <translation>En pausa: el ordenador estuvo en reposo durante {time}. Pulsa Espacio cuando quieras seguir.</translation>
        </message>
        <message>
            <source>{done} of 1 step done</source>
            <translation>{done} de 1 paso hecho</translation>
        </message>
        <message>
            <source>{done} of {planned} steps done</source>
            <translation>{done} de {planned} pasos hechos</translation>
        </message>
        <message>
            <source>, {count} skipped</source>
            <translation>, saltados: {count}</translation>
        </message>
        <message>
            <source>, {count} not reached</source>
            <translation>, sin llegar: {count}</translation>
        </message>
        <message>
            <source>{time} spent (pauses not counted)</source>
            <translation>{time} de ejercicio (sin contar pausas)</translation>
        </message>
        <message>
            <source>Press Esc or Close to go back.</source>
            <translation>Pulsa Esc o Cerrar para volver.</translation>
        </message>
        <message>
            <source>Pain now: {after}/10.</source>
            <translation>Dolor ahora: {after}/10.</translation>
        </message>
        <message>
            <source>Pain {before} → {after}/10 (down by {change}; this session's effect only).</source>
            <translation>Dolor {before} → {after}/10 (baja {change}; solo el efecto de esta sesión).</translation>
        </message>
        <message>
            <source>Pain {before} → {after}/10 (up by {change}; this session's effect only).</source>
            <translation>Dolor {before} → {after}/10 (sube {change}; solo el efecto de esta sesión).</translation>
        </message>
        <message>
            <source>Pain {before} → {after}/10 (unchanged; this session's effect only).</source>
            <translation>Dolor {before} → {after}/10 (sin cambios; solo el efecto de esta sesión).</translation>
        </message>
        <message>
            <source>Sounds and the voice are off in Settings.</source>
            <translation>Los sonidos y la voz están desactivados en Ajustes.</translation>
        </message>
    </context>
    <context>
        <name>activities</name>
        <message>
            <source>{name} (retired {day})</source>
            <translation>{name} (retirada el {day})</translation>
        </message>
        <message>
            <source>After your second weekly check-in this shows how your activities changed.</source>
            <translation>Tras tu segundo control semanal, aquí verás cómo han cambiado tus actividades.</translation>
        </message>
        <message>
            <source>a meaningful improvement (2 points or more)</source>
            <translation>una mejora significativa (2 puntos o más)</translation>
        </message>
        <message>
            <source>harder by 2 points or more: worth raising with your physio</source>
            <translation>más difícil en 2 puntos o más; vale la pena comentarlo con tu fisioterapeuta</translation>
        </message>
        <message>
            <source>less than the 2 points that count as meaningful for the average</source>
            <translation>menos de los 2 puntos que cuentan como significativos para la media</translation>
        </message>
        <message>
            <source>Average {first} → {latest} since {day} ({change}): {verdict}.</source>
            <translation>Media {first} → {latest} desde el {day} ({change}): {verdict}.</translation>
        </message>
        <message>
            <source>Meaningful for one activity (3 points or more): {named}.</source>
            <translation>Significativo en una actividad (3 puntos o más): {named}.</translation>
        </message>
    </context>
    <context>
        <name>adherence</name>
        <message>
            <source>no sessions a week</source>
            <translation>ninguna sesión por semana</translation>
        </message>
        <message>
            <source>less than one session a week</source>
            <translation>menos de una sesión por semana</translation>
        </message>
        <message>
            <source>1 session a week</source>
            <translation>1 sesión por semana</translation>
        </message>
        <message>
            <source>{count} sessions a week</source>
            <translation>{count} sesiones por semana</translation>
        </message>
        <message>
            <source>about 1 session a week</source>
            <translation>alrededor de 1 sesión por semana</translation>
        </message>
        <message>
            <source>about {count} sessions a week</source>
            <translation>alrededor de {count} sesiones por semana</translation>
        </message>
        <message>
            <source>under 5 min a week</source>
            <translation>menos de 5 min por semana</translation>
        </message>
        <message>
            <source>no exercise minutes a week</source>
            <translation>ningún minuto de ejercicio por semana</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>about {time} a week</source>
            <translation>unos {time} por semana</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ha ignorado el argumento explícito %r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>hace falta uno de los argumentos %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como mucho un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>se esperaba %s argumento</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>se esperaban %s argumentos</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message>
            <source>1 minute</source>
            <translation>1 minuto</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} minutos</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 segundo</translation>
        </message>
        <message>
            <source>{count} seconds</source>
            <translation>{count} segundos</translation>
        </message>
        <message>
            <source>1 rep</source>
            <translation>1 repetición</translation>
        </message>
        <message>
            <source>{count} reps</source>
            <translation>{count} repeticiones</translation>
        </message>
        <message>
            <source>1 hold</source>
            <translation>1 mantenimiento</translation>
        </message>
        <message>
            <source>{count} holds</source>
            <translation>{count} mantenimientos</translation>
        </message>
        <message>
            <source>1 set</source>
            <translation>1 serie</translation>
        </message>
        <message>
            <source>{count} sets</source>
            <translation>{count} series</translation>
        </message>
        <message>
            <source>1 round</source>
            <translation>1 ronda</translation>
        </message>
        <message>
            <source>{count} rounds</source>
            <translation>{count} rondas</translation>
        </message>
        <message>
            <source>{counts} reps</source>
            <translation>{counts} repeticiones</translation>
        </message>
        <message>
            <source>{counts} holds</source>
            <translation>{counts} mantenimientos</translation>
        </message>
        <message>
            <source> each side</source>
            <translation> por lado</translation>
        </message>
        <message>
            <source> per side, alternating</source>
            <translation> por lado, alternando</translation>
        </message>
        <message>
            <source>, in descending sets</source>
            <translation>, en series descendentes</translation>
        </message>
        <message>
            <source> of {duration}</source>
            <translation> de {duration}</translation>
        </message>
        <message>
            <source>{rounds} of {work} {work_label} and {rest} {rest_label}</source>
            <translation>{rounds} de {work} {work_label} y {rest} {rest_label}</translation>
        </message>
        <message>
            <source>at your own pace</source>
            <translation>a tu ritmo</translation>
        </message>
    </context>
    <context>
        <name>effects</name>
        <message>
            <source>Rate your pain before and after a session to see how sessions feel on the day.</source>
            <translation>Valora tu dolor antes y después de una sesión para ver cómo te sientan las sesiones ese mismo día.</translation>
        </message>
        <message>
            <source>too few to say what a session usually does (that needs {count})</source>
            <translation>muy pocas para saber qué suele hacer una sesión (hacen falta {count})</translation>
        </message>
        <message>
            <source>pain is usually a little lower right after a session</source>
            <translation>el dolor suele ser un poco más bajo justo después de una sesión</translation>
        </message>
        <message>
            <source>pain is usually a little higher right after a session</source>
            <translation>el dolor suele ser un poco más alto justo después de una sesión</translation>
        </message>
        <message>
            <source>pain is usually the same right after a session</source>
            <translation>el dolor suele ser el mismo justo después de una sesión</translation>
        </message>
        <message>
            <source>&lt;b&gt;Session effect&lt;/b&gt; (after − before): {signed} points on average over 1 session with both scores — {words}. It shows how a session feels on the day, not whether your back is getting better, nor what caused a change.</source>
            <translation>&lt;b&gt;Efecto de la sesión&lt;/b&gt; (después − antes): {signed} puntos en 1 sesión con ambas puntuaciones: {words}. Muestra cómo sienta una sesión ese mismo día, no si tu espalda está mejorando ni qué causó un cambio.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Session effect&lt;/b&gt; (after − before): {signed} points on average over {count} sessions with both scores — {words}. It shows how a session feels on the day, not whether your back is getting better, nor what caused a change.</source>
            <translation>&lt;b&gt;Efecto de la sesión&lt;/b&gt; (después − antes): {signed} puntos de media en {count} sesiones con ambas puntuaciones: {words}. Muestra cómo sienta una sesión ese mismo día, no si tu espalda está mejorando ni qué causó un cambio.</translation>
        </message>
    </context>
    <context>
        <name>library</name>
        <message>
            <source>Holds (isometric)</source>
            <translation>Mantenimientos (isométricos)</translation>
        </message>
        <message>
            <source>Paced repetitions</source>
            <translation>Repeticiones a ritmo</translation>
        </message>
        <message>
            <source>Work/rest intervals</source>
            <translation>Intervalos de trabajo y descanso</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>Continuo</translation>
        </message>
        <message>
            <source>Tap when done (no timer)</source>
            <translation>Pulsa al terminar (sin temporizador)</translation>
        </message>
        <message>
            <source>Intervals cannot have sides; choose “No sides”.</source>
            <translation>Los intervalos no tienen lados; elige «Sin lados».</translation>
        </message>
        <message>
            <source>Write the reps of each set as numbers, like 5, 3, 1.</source>
            <translation>Escribe las repeticiones de cada serie como números, por ejemplo 5, 3, 1.</translation>
        </message>
        <message>
            <source>A pyramid has 1 to {count} sets.</source>
            <translation>Una pirámide tiene de 1 a {count} series.</translation>
        </message>
        <message>
            <source>Each set has 1 to {count} reps.</source>
            <translation>Cada serie tiene de 1 a {count} repeticiones.</translation>
        </message>
        <message>
            <source>Trunk control</source>
            <translation>Entrenamiento del tronco</translation>
        </message>
        <message>
            <source>Dynamic stretching</source>
            <translation>Estiramientos dinámicos</translation>
        </message>
        <message>
            <source>Postural training</source>
            <translation>Entrenamiento postural</translation>
        </message>
        <message>
            <source>Self-massage</source>
            <translation>Automasaje</translation>
        </message>
        <message>
            <source>Aerobic</source>
            <translation>Aeróbico</translation>
        </message>
        <message>
            <source>Yoga</source>
            <translation>Yoga</translation>
        </message>
        <message>
            <source>Breathing &amp; relaxation</source>
            <translation>Respiración y relajación</translation>
        </message>
        <message>
            <source>Flare-up</source>
            <translation>Brote de dolor</translation>
        </message>
        <message>
            <source>Beginner</source>
            <translation>Principiante</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Intermedio</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
    </context>
    <context>
        <name>pain_checks</name>
        <message>
            <source>not logged</source>
            <translation>sin registrar</translation>
        </message>
    </context>
    <context>
        <name>programme</name>
        <message>
            <source>After week {week}</source>
            <translation>Después de la semana {week}</translation>
        </message>
        <message>
            <source>Weeks {first}–{last}</source>
            <translation>Semanas {first}–{last}</translation>
        </message>
        <message>
            <source>Learn the technique. Log pain before and after, and the next morning.</source>
            <translation>Aprende la técnica. Anota el dolor antes y después, y a la mañana siguiente.</translation>
        </message>
        <message>
            <source>Add 2–5 minutes to your walks each week</source>
            <translation>Añade 2–5 minutos a tus paseos cada semana</translation>
        </message>
        <message>
            <source>Progress one thing at a time, when the suggestions say you are ready.</source>
            <translation>Aumenta una sola cosa cada vez, cuando las propuestas digan que ya puedes.</translation>
        </message>
        <message>
            <source>As before</source>
            <translation>Como antes</translation>
        </message>
        <message>
            <source>Holds stay short (8–10 s): add reps or sets rather than longer holds.</source>
            <translation>Los mantenimientos siguen siendo cortos (8–10 s): añade repeticiones o series en vez de mantener más tiempo.</translation>
        </message>
        <message>
            <source>About 30 minutes on 5 or more days a week (or 150 minutes of moderate activity)</source>
            <translation>Unos 30 minutos 5 o más días por semana (o 150 minutos de actividad moderada)</translation>
        </message>
        <message>
            <source>Then keep it up: about 2 strength sessions a week and regular walking.</source>
            <translation>Después, mantenlo: unas 2 sesiones de fuerza por semana y caminar con regularidad.</translation>
        </message>
        <message>
            <source>Keep walking most days</source>
            <translation>Sigue caminando casi todos los días</translation>
        </message>
        <message>
            <source>{back_basics}, first set of each exercise only (≈12 min; skip the second sets)</source>
            <translation>«{back_basics}», solo la primera serie de cada ejercicio (≈12 min; sáltate las segundas series)</translation>
        </message>
        <message>
            <source>{walk} at a comfortable length (often 5–10 min), 3–5 days a week</source>
            <translation>«{walk}» con una duración cómoda (a menudo 5–10 min), 3–5 días por semana</translation>
        </message>
        <message>
            <source>{desk_reset} every 30–60 min of sitting; {breathe}</source>
            <translation>«{desk_reset}» cada 30–60 min sentado; «{breathe}»</translation>
        </message>
        <message>
            <source>{back_basics}, full routine (2 sets, ≈19 min)</source>
            <translation>«{back_basics}», rutina completa (2 series, ≈19 min)</translation>
        </message>
        <message>
            <source>{warm_up} before walks; {yoga} or {massage} once or twice a week</source>
            <translation>«{warm_up}» antes de caminar; «{yoga}» o «{massage}» una o dos veces por semana</translation>
        </message>
        <message>
            <source>{core_control} and {posture} on alternate sessions; swap in the harder exercise levels one at a time</source>
            <translation>«{core_control}» y «{posture}» en sesiones alternas; introduce los niveles más difíciles de uno en uno</translation>
        </message>
        <message>
            <source>Build towards 20–30 minutes; {intervals} or {bike} once a week if you like</source>
            <translation>Ve llegando a 20–30 minutos; «{intervals}» o «{bike}» una vez por semana si te apetece</translation>
        </message>
        <message>
            <source>{core_control} and {posture}, 3 sessions a week (pyramid 6/4/2)</source>
            <translation>«{core_control}» y «{posture}», 3 sesiones por semana (pirámide 6/4/2)</translation>
        </message>
        <message>
            <source>Maintenance: {core_control} or {posture} about twice a week</source>
            <translation>Mantenimiento: «{core_control}» o «{posture}» unas dos veces por semana</translation>
        </message>
        <message>
            <source>As you like; {flare_day} when you need it</source>
            <translation>Como quieras; «{flare_day}» cuando lo necesites</translation>
        </message>
        <message>
            <source>You finished the 12 weeks. Keep going at a level that suits you.</source>
            <translation>Has terminado las 12 semanas. Sigue a un nivel que te siente bien.</translation>
        </message>
        <message>
            <source>12-week plan complete. {strength}</source>
            <translation>Plan de 12 semanas completado. {strength}</translation>
        </message>
        <message>
            <source>Week {week} of {weeks}: {strength}</source>
            <translation>Semana {week} de {weeks}: {strength}</translation>
        </message>
        <message>
            <source>Strength day: {done} of {target} strength sessions done this week.</source>
            <translation>Día de fuerza: {done} de {target} sesiones de fuerza hechas esta semana.</translation>
        </message>
        <message>
            <source>All {target} strength sessions done this week: a walking day.</source>
            <translation>Las {target} sesiones de fuerza de esta semana están hechas: hoy toca caminar.</translation>
        </message>
        <message>
            <source>Strength yesterday, so a walking day today (strength days are not back to back).</source>
            <translation>Ayer hiciste fuerza, así que hoy toca caminar (los días de fuerza no van seguidos).</translation>
        </message>
        <message>
            <source>{title} (first sets only)</source>
            <translation>{title} (solo primeras series)</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <source>reps</source>
            <translation>repeticiones</translation>
        </message>
        <message>
            <source>sets</source>
            <translation>series</translation>
        </message>
        <message>
            <source>hold time</source>
            <translation>tiempo de mantenimiento</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>rondas</translation>
        </message>
        <message>
            <source>exercise level</source>
            <translation>nivel del ejercicio</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volumen</translation>
        </message>
        <message>
            <source>the next morning your pain was {morning}, 2 or more points above your usual {usual}</source>
            <translation>a la mañana siguiente tu dolor era {morning}, 2 o más puntos por encima de tu valor habitual, {usual}</translation>
        </message>
        <message>
            <source>the session was stopped before the end</source>
            <translation>la sesión se terminó antes del final</translation>
        </message>
        <message>
            <source>there is no pain score from after the session</source>
            <translation>no hay puntuación de dolor de después de la sesión</translation>
        </message>
        <message>
            <source>you rated the effort {effort}/10 (progress when it feels like you could do 2-3 more)</source>
            <translation>valoraste el esfuerzo con {effort}/10 (aumenta cuando sientas que podrías hacer 2–3 más)</translation>
        </message>
        <message>
            <source>the next morning your pain was {morning}, a little above your usual {usual}</source>
            <translation>a la mañana siguiente tu dolor era {morning}, un poco por encima de tu valor habitual, {usual}</translation>
        </message>
        <message>
            <source>no pain score was logged the next morning</source>
            <translation>no se anotó ninguna puntuación de dolor a la mañana siguiente</translation>
        </message>
        <message>
            <source>there is no usual level to compare the morning with</source>
            <translation>no hay un valor habitual con el que comparar la mañana</translation>
        </message>
        <message>
            <source>the effort was not rated (progress when you could have done 2-3 more, about 6/10 or less)</source>
            <translation>no se valoró el esfuerzo (aumenta cuando podrías haber hecho 2–3 más, alrededor de 6/10 o menos)</translation>
        </message>
        <message>
            <source>pain stayed in the green zone ({during}), the next morning ({morning}) was no worse than your usual {usual}, and the effort was {effort}/10</source>
            <translation>el dolor se mantuvo en la zona verde ({during}), la mañana siguiente ({morning}) no fue peor que tu valor habitual, {usual}, y el esfuerzo fue {effort}/10</translation>
        </message>
        <message>
            <source>from {before} to {during}</source>
            <translation>de {before} a {during}</translation>
        </message>
        <message>
            <source>{during} after</source>
            <translation>{during} después</translation>
        </message>
        <message>
            <source>you pressed “this hurts” during {names} ({words})</source>
            <translation>pulsaste «Esto duele» durante {names} ({words})</translation>
        </message>
        <message>
            <source>you noted pain down a leg, or numbness, tingling or weakness</source>
            <translation>anotaste dolor que baja por una pierna, o entumecimiento, hormigueo o debilidad</translation>
        </message>
        <message>
            <source>pain rose from {before} to {during} (a rise of 3 or more is the red zone)</source>
            <translation>el dolor subió de {before} a {during} (subir 3 o más es la zona roja)</translation>
        </message>
        <message>
            <source>pain reached {during} (above {amber} is the red zone)</source>
            <translation>el dolor llegó a {during} (por encima de {amber} es la zona roja)</translation>
        </message>
        <message>
            <source>an exercise</source>
            <translation>un ejercicio</translation>
        </message>
        <message>
            <source>with leg or nerve symptoms</source>
            <translation>con síntomas en la pierna o neurológicos</translation>
        </message>
        <message>
            <source>no score given</source>
            <translation>sin puntuación</translation>
        </message>
        <message>
            <source>pain {score}</source>
            <translation>dolor {score}</translation>
        </message>
        <message>
            <source>you pressed “this hurts” during {names} ({words}: not above 5, so no step back, but not the time to do more)</source>
            <translation>pulsaste «Esto duele» durante {names} ({words}: no más de 5, así que no hace falta retroceder, pero no es momento de hacer más)</translation>
        </message>
        <message>
            <source>pain rose from {before} to {during} (a rise of 2 is the amber zone)</source>
            <translation>el dolor subió de {before} a {during} (subir 2 es la zona ámbar)</translation>
        </message>
        <message>
            <source>pain reached {during} (amber zone: {low}-{high}, fine, but not the time to do more)</source>
            <translation>el dolor llegó a {during} (zona ámbar: {low}–{high}, está bien, pero no es momento de hacer más)</translation>
        </message>
        <message>
            <source>{title} keeps a fixed, comfortable dose: it is not made longer or harder. Last time: {reason}.</source>
            <translation>{title} mantiene una dosis fija y cómoda: no se hace más larga ni más difícil. La última vez: {reason}.</translation>
        </message>
        <message>
            <source>Not enough information to progress yet: log your pain tomorrow morning (Journal › Log pain now, before noon) so we can see that it settled.</source>
            <translation>Todavía no hay información suficiente para aumentar: anota tu dolor mañana por la mañana (Diario › Anotar dolor ahora, antes del mediodía) para ver que se calmó.</translation>
        </message>
        <message>
            <source>Not enough information to progress: {reason}.</source>
            <translation>No hay información suficiente para aumentar: {reason}.</translation>
        </message>
        <message>
            <source>Repeat the same dose next time: {reason}.</source>
            <translation>Repite la misma dosis la próxima vez: {reason}.</translation>
        </message>
        <message>
            <source>A good session: {reason}. One more like it and you can progress.</source>
            <translation>Una buena sesión: {reason}. Una más así y podrás aumentar.</translation>
        </message>
        <message>
            <source>Repeat the same dose: the session before, {reason}.</source>
            <translation>Repite la misma dosis: en la sesión anterior, {reason}.</translation>
        </message>
        <message>
            <source>Not enough information to progress: the session before, {reason}.</source>
            <translation>No hay información suficiente para aumentar: en la sesión anterior, {reason}.</translation>
        </message>
        <message>
            <source>Both recent sessions went well, and {title} is as long and as hard as it gets (each exercise at its ceiling, or the session at its length limit): the next routine in the 12-week plan is your way up.</source>
            <translation>Las dos últimas sesiones fueron bien, y {title} ya es todo lo larga y difícil que puede ser (cada ejercicio en su máximo, o la sesión en su duración máxima): la siguiente rutina del plan de 12 semanas es tu camino para subir.</translation>
        </message>
        <message>
            <source>Ready for a little more in {title}</source>
            <translation>Ya puedes hacer un poco más en {title}</translation>
        </message>
        <message>
            <source>In your last two sessions {scores}. Progress one thing only ({variable}): {change}.</source>
            <translation>En tus dos últimas sesiones {scores}. Aumenta una sola cosa ({variable}): {change}.</translation>
        </message>
        <message>
            <source>pain stayed green ({first}, then {second}) and settled by the next mornings ({first_morning} and {second_morning}, usual {usual})</source>
            <translation>el dolor se mantuvo en verde ({first}, luego {second}) y se calmó a las mañanas siguientes ({first_morning} y {second_morning}, habitual {usual})</translation>
        </message>
        <message>
            <source>Time to see a clinician</source>
            <translation>Es momento de consultar a un profesional sanitario</translation>
        </message>
        <message>
            <source>Sessions have needed a step back {count} times in a row over {days} days (latest: {reason}). When pain is not easing after 1-2 weeks, a clinician can check what is going on. Keep {title} for now.</source>
            <translation>Las sesiones han necesitado retroceder {count} veces seguidas a lo largo de {days} días (la última: {reason}). Cuando el dolor no mejora tras 1–2 semanas, un profesional sanitario puede revisar qué pasa. De momento, sigue con {title}.</translation>
        </message>
        <message>
            <source>This looks like a flare-up</source>
            <translation>Parece un brote de dolor</translation>
        </message>
        <message>
            <source>Two step-backs in a row (latest: {reason}). Switch to {title} and the flare plan for a few days; if it persists over 1-2 weeks, see a clinician.</source>
            <translation>Dos retrocesos seguidos (el último: {reason}). Cambia a {title} y al plan para el brote durante unos días; si sigue más de 1–2 semanas, consulta a un profesional sanitario.</translation>
        </message>
        <message>
            <source>Make the exercise that hurt easier.</source>
            <translation>Haz más fácil el ejercicio que dolió.</translation>
        </message>
        <message>
            <source>Do about 40 % less of the strength and walking parts (half the sets, or fewer reps).</source>
            <translation>Haz alrededor de un 40 % menos de las partes de fuerza y de caminar (la mitad de series, o menos repeticiones).</translation>
        </message>
        <message>
            <source>Next time leave out the exercise that hurt, or do it more gently.</source>
            <translation>La próxima vez deja fuera el ejercicio que dolió, o hazlo con más suavidad.</translation>
        </message>
        <message>
            <source>{title} keeps a fixed, gentle dose: do less of it next time, or do the {routine} routine instead.</source>
            <translation>{title} mantiene una dosis fija y suave: haz menos la próxima vez, o haz en su lugar la rutina «{routine}».</translation>
        </message>
        <message>
            <source>Take {title} down a notch next time</source>
            <translation>Baja un poco {title} la próxima vez</translation>
        </message>
        <message>
            <source>Step back for the next session: {reason}. {advice}</source>
            <translation>Retrocede en la próxima sesión: {reason}. {advice}</translation>
        </message>
        <message>
            <source>Keep {title} as it is</source>
            <translation>Deja {title} como está</translation>
        </message>
        <message>
            <source>Log tomorrow morning</source>
            <translation>Anota el dolor mañana por la mañana</translation>
        </message>
    </context>
    <context>
        <name>reading</name>
        <message>
            <source>“Meaningful” means at least 30 % and 2 points lower — the size most people notice; it shows change, not its cause.</source>
            <translation>«Significativa» quiere decir al menos un 30 % y 2 puntos más bajo, el tamaño que la mayoría de la gente nota; muestra un cambio, no su causa.</translation>
        </message>
        <message>
            <source>Not enough ratings yet</source>
            <translation>Todavía no hay suficientes valoraciones</translation>
        </message>
        <message>
            <source>Substantial improvement</source>
            <translation>Mejora importante</translation>
        </message>
        <message>
            <source>Meaningful improvement</source>
            <translation>Mejora significativa</translation>
        </message>
        <message>
            <source>Small change</source>
            <translation>Cambio pequeño</translation>
        </message>
        <message>
            <source>No clear change</source>
            <translation>Sin cambio claro</translation>
        </message>
        <message>
            <source>Pain has risen</source>
            <translation>El dolor ha aumentado</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>from 0</source>
            <translation>desde 0</translation>
        </message>
        <message>
            <source>That is a substantial improvement.</source>
            <translation>Es una mejora importante.</translation>
        </message>
        <message>
            <source>That is a meaningful improvement.</source>
            <translation>Es una mejora significativa.</translation>
        </message>
        <message>
            <source>That is no clear change.</source>
            <translation>No es un cambio claro.</translation>
        </message>
        <message>
            <source>That is a clear rise. Pain often goes up and down for a while; if your weekly average stays up for two weeks, talk to your physiotherapist or doctor.</source>
            <translation>Es un aumento claro. El dolor suele subir y bajar durante un tiempo; si tu media semanal sigue alta dos semanas, habla con tu fisioterapeuta o tu médico.</translation>
        </message>
        <message>
            <source>That is a small improvement, not yet a clear change.</source>
            <translation>Es una mejora pequeña, todavía no un cambio claro.</translation>
        </message>
        <message>
            <source>That is a small rise, not yet a clear change.</source>
            <translation>Es un aumento pequeño, todavía no un cambio claro.</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>ninguna diferencia</translation>
        </message>
        <message>
            <source>{points} points lower</source>
            <translation>{points} puntos más bajo</translation>
        </message>
        <message>
            <source>{points} points higher</source>
            <translation>{points} puntos más alto</translation>
        </message>
        <message>
            <source>Your average pain this week (last 7 days) is {latest}</source>
            <translation>Tu dolor medio esta semana (últimos 7 días) es {latest}</translation>
        </message>
        <message>
            <source>Your average pain in the last week of this period ({dates}) is {latest}</source>
            <translation>Tu dolor medio en la última semana de este periodo ({dates}) es {latest}</translation>
        </message>
        <message>
            <source>Your average pain in your latest week with enough ratings ({dates}) is {latest}</source>
            <translation>Tu dolor medio en tu última semana con suficientes valoraciones ({dates}) es {latest}</translation>
        </message>
        <message>
            <source>down from {first}</source>
            <translation>por debajo de {first}</translation>
        </message>
        <message>
            <source>up from {first}</source>
            <translation>por encima de {first}</translation>
        </message>
        <message>
            <source>the same as {first}</source>
            <translation>igual que {first}</translation>
        </message>
        <message>
            <source>in the first week of this period ({first_week}): {difference}.</source>
            <translation>en la primera semana de este periodo ({first_week}): {difference}.</translation>
        </message>
        <message>
            <source>in your first week ({first_week}): {difference}.</source>
            <translation>en tu primera semana ({first_week}): {difference}.</translation>
        </message>
        <message>
            <source>Compared with the four weeks before ({mean}), it is {words} ({difference}).</source>
            <translation>Comparado con las cuatro semanas anteriores ({mean}), es {words} ({difference}).</translation>
        </message>
        <message>
            <source>Based on {latest} ratings that week and {first} in {first_words} (scores before sessions and at other times; those right after a session show how it felt, so they are left out).</source>
            <translation>Según {latest} valoraciones esa semana y {first} en {first_words} (puntuaciones antes de las sesiones y en otros momentos; las de justo después de una sesión muestran cómo sentó, así que no se cuentan).</translation>
        </message>
        <message>
            <source>Based on {latest} ratings this week and {first} in {first_words} (scores before sessions and at other times; those right after a session show how it felt, so they are left out).</source>
            <translation>Según {latest} valoraciones esta semana y {first} en {first_words} (puntuaciones antes de las sesiones y en otros momentos; las de justo después de una sesión muestran cómo sentó, así que no se cuentan).</translation>
        </message>
        <message>
            <source>the first week of this period</source>
            <translation>la primera semana de este periodo</translation>
        </message>
        <message>
            <source>your first week</source>
            <translation>tu primera semana</translation>
        </message>
        <message>
            <source>a substantial improvement</source>
            <translation>una mejora importante</translation>
        </message>
        <message>
            <source>a meaningful improvement</source>
            <translation>una mejora significativa</translation>
        </message>
        <message>
            <source>slightly lower</source>
            <translation>algo más bajo</translation>
        </message>
        <message>
            <source>slightly higher</source>
            <translation>algo más alto</translation>
        </message>
        <message>
            <source>a clear rise</source>
            <translation>un aumento claro</translation>
        </message>
        <message>
            <source>about the same</source>
            <translation>más o menos igual</translation>
        </message>
        <message>
            <source>No pain ratings yet. Rate your pain before a session to see your trend.</source>
            <translation>Todavía no hay valoraciones de dolor. Valora tu dolor antes de una sesión para ver tu evolución.</translation>
        </message>
        <message>
            <source>1 rating</source>
            <translation>1 valoración</translation>
        </message>
        <message>
            <source>{count} ratings</source>
            <translation>{count} valoraciones</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
        <message>
            <source>Not enough ratings yet to read a trend: you have {ratings} before sessions or at other times, over {days}. A reading needs at least {min_ratings} ratings and {min_sessions} sessions in your first week, and as many in a later, separate week. Keep rating your pain before your sessions.</source>
            <translation>Todavía no hay suficientes valoraciones para leer una tendencia: tienes {ratings} antes de sesiones o en otros momentos, en {days}. Una lectura necesita al menos {min_ratings} valoraciones y {min_sessions} sesiones en tu primera semana, y otras tantas en una semana posterior distinta. Sigue valorando tu dolor antes de tus sesiones.</translation>
        </message>
        <message>
            <source>“A clear rise” means at least 30 % and 2 points higher.</source>
            <translation>«Un aumento claro» quiere decir al menos un 30 % y 2 puntos más alto.</translation>
        </message>
        <message>
            <source>Not enough sessions yet</source>
            <translation>Todavía no hay suficientes sesiones</translation>
        </message>
        <message>
            <source>no session</source>
            <translation>ninguna sesión</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
        <message>
            <source>Not enough sessions yet to read a trend: you have {ratings} before sessions or at other times, over {days}, but {sessions}. A reading needs at least {min_ratings} ratings and {min_sessions} sessions in your first week, and as many in a later, separate week.</source>
            <translation>Todavía no hay suficientes sesiones para leer una tendencia: tienes {ratings} antes de sesiones o en otros momentos, en {days}, pero {sessions}. Una lectura necesita al menos {min_ratings} valoraciones y {min_sessions} sesiones en tu primera semana, y otras tantas en una semana posterior distinta.</translation>
        </message>
    </context>
    <context>
        <name>safety</name>
        <message>
            <source>Backtimer offers general exercise routines for people living with ongoing low back pain. It doesn't diagnose anything and it is not a replacement for advice from your doctor or physiotherapist, who can tailor exercises to you. Most back pain is not caused by serious damage, and regular, gentle movement is safe and helpful for most people: some discomfort while you exercise is normal and is not a sign of harm. A few symptoms do need prompt medical help; they are listed below and under Help → When to get help. If you are pregnant, have recently had surgery, a fall or an injury, or have a condition such as osteoporosis, check with a health professional before you start.</source>
            <translation>Backtimer ofrece rutinas generales de ejercicio para personas con dolor lumbar persistente. No diagnostica nada y no sustituye el consejo de tu médico o fisioterapeuta, que pueden adaptar los ejercicios a ti. La mayoría de los dolores de espalda no se deben a una lesión grave, y el movimiento regular y suave es seguro y útil para la mayoría de las personas: algo de molestia mientras haces ejercicio es normal y no es señal de daño. Unos pocos síntomas sí necesitan atención médica rápida; aparecen abajo y en Ayuda → Cuándo pedir ayuda. Si estás embarazada, te han operado hace poco, has tenido una caída o una lesión, o tienes una enfermedad como la osteoporosis, consulta con un profesional sanitario antes de empezar.</translation>
        </message>
        <message>
            <source>New numbness, tingling or altered feeling between your inner thighs, around your genitals or back passage, or in your buttocks — including feeling different when wiping.</source>
            <translation>Entumecimiento, hormigueo o sensación alterada nuevos entre la cara interna de los muslos, alrededor de los genitales o el ano, o en las nalgas, incluido notar algo distinto al limpiarte.</translation>
        </message>
        <message>
            <source>New difficulty starting to pass urine, weaker feeling when passing it, not knowing when your bladder is full, or leaking.</source>
            <translation>Dificultad nueva para empezar a orinar, menos sensación al orinar, no notar cuándo la vejiga está llena, o escapes de orina.</translation>
        </message>
        <message>
            <source>New loss of bowel control or of feeling when opening your bowels.</source>
            <translation>Pérdida nueva del control del intestino o de la sensación al hacer de vientre.</translation>
        </message>
        <message>
            <source>A new change in sexual function or genital sensation.</source>
            <translation>Un cambio nuevo en la función sexual o en la sensibilidad genital.</translation>
        </message>
        <message>
            <source>Pain, numbness or weakness in both legs, or leg weakness that is severe or getting worse (tripping, a dropping foot, difficulty walking).</source>
            <translation>Dolor, entumecimiento o debilidad en las dos piernas, o debilidad en una pierna que es intensa o va a peor (tropiezos, pie caído, dificultad para caminar).</translation>
        </message>
        <message>
            <source>Back pain after a serious accident or fall, or after a minor fall if you have osteoporosis or take long-term steroids.</source>
            <translation>Dolor de espalda tras un accidente o una caída graves, o tras una caída leve si tienes osteoporosis o tomas corticoides desde hace tiempo.</translation>
        </message>
        <message>
            <source>Back pain together with chest pain, a pulsing pain in your tummy, or feeling faint.</source>
            <translation>Dolor de espalda junto con dolor en el pecho, un dolor que late en la barriga o sensación de desmayo.</translation>
        </message>
        <message>
            <source>Fever, chills or feeling generally unwell with back pain.</source>
            <translation>Fiebre, escalofríos o malestar general con dolor de espalda.</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain.</source>
            <translation>Pérdida de peso que no puedes explicar.</translation>
        </message>
        <message>
            <source>Past or current cancer and new or changed back pain.</source>
            <translation>Cáncer actual o pasado y dolor de espalda nuevo o distinto.</translation>
        </message>
        <message>
            <source>Pain that is constant, not eased by rest or changing position, or worse at night.</source>
            <translation>Dolor constante, que no se alivia con el reposo ni al cambiar de postura, o que empeora por la noche.</translation>
        </message>
        <message>
            <source>A lump, swelling or change in the shape of your back, or pain mainly between the shoulder blades.</source>
            <translation>Un bulto, una hinchazón o un cambio en la forma de la espalda, o dolor sobre todo entre los omóplatos.</translation>
        </message>
        <message>
            <source>A weakened immune system, or a history of injecting drugs, with new back pain.</source>
            <translation>Un sistema inmunitario debilitado, o antecedentes de consumo de drogas inyectadas, con dolor de espalda nuevo.</translation>
        </message>
        <message>
            <source>Pain that is not improving after about 6 weeks of looking after it yourself.</source>
            <translation>Dolor que no mejora tras unas 6 semanas cuidándote por tu cuenta.</translation>
        </message>
        <message>
            <source>Pain that is steadily getting worse or stopping your daily activities.</source>
            <translation>Dolor que va empeorando poco a poco o que te impide hacer tus actividades diarias.</translation>
        </message>
        <message>
            <source>Numbness, pins and needles or weakness in one leg that is not settling.</source>
            <translation>Entumecimiento, hormigueo o debilidad en una pierna que no se calma.</translation>
        </message>
        <message>
            <source>Morning stiffness lasting more than 30 minutes that eases as you move, especially if you are under 45.</source>
            <translation>Rigidez por la mañana que dura más de 30 minutos y mejora al moverte, sobre todo si tienes menos de 45 años.</translation>
        </message>
        <message>
            <source>Back pain that is new and started before the age of 20 or after the age of 50: have it checked by a doctor rather than waiting to see if it settles.</source>
            <translation>Dolor de espalda nuevo que empezó antes de los 20 años o después de los 50: que te lo revise un médico en lugar de esperar a ver si se calma.</translation>
        </message>
        <message>
            <source>Feeling worried or unable to cope.</source>
            <translation>Sentir preocupación o que no puedes con ello.</translation>
        </message>
        <message>
            <source>Help → When to get help (F1)</source>
            <translation>Ayuda → Cuándo pedir ayuda (F1)</translation>
        </message>
        <message>
            <source>Stop the exercise and rest if pain goes above 5 out of 10 or keeps climbing, spreads down a leg, or you notice new numbness, tingling or weakness, dizziness, chest pain or tightness, unusual breathlessness, a racing or pounding heart, or a painful swollen calf.</source>
            <translation>Deja el ejercicio y descansa si el dolor pasa de 5 sobre 10 o sigue subiendo, baja por una pierna, o notas entumecimiento, hormigueo o debilidad nuevos, mareo, dolor u opresión en el pecho, falta de aire fuera de lo normal, el corazón acelerado o latiendo con fuerza, o una pantorrilla hinchada y dolorosa.</translation>
        </message>
        <message>
            <source>{signs} If any emergency symptom appears, stop the session and get help: {where}.</source>
            <translation>{signs} Si aparece algún síntoma de urgencia, termina la sesión y pide ayuda: {where}.</translation>
        </message>
        <message>
            <source>For every exercise: stop if pain goes above 5 out of 10 or keeps climbing, spreads down a leg, or you feel new numbness, tingling or weakness, dizziness, chest pain or unusual breathlessness. {where} lists the symptoms that need a doctor.</source>
            <translation>En cada ejercicio: detente si el dolor pasa de 5 sobre 10 o sigue subiendo, baja por una pierna, o notas entumecimiento, hormigueo o debilidad nuevos, mareo, dolor en el pecho o falta de aire fuera de lo normal. En {where} están los síntomas que necesitan un médico.</translation>
        </message>
        <message>
            <source>Numbness around the genitals, back passage or buttocks, or new problems passing urine or controlling your bladder or bowels, can be a sign of a rare but serious nerve problem (cauda equina syndrome). Stop exercising and get emergency help now: call the emergency number or go to an emergency department. Do not wait to see if it settles.</source>
            <translation>El entumecimiento alrededor de los genitales, el ano o las nalgas, o problemas nuevos para orinar o controlar la vejiga o el intestino, pueden ser señal de una compresión nerviosa poco frecuente pero grave (síndrome de la cola de caballo). Deja de hacer ejercicio y pide ayuda urgente ahora: llama al número de emergencias o ve a urgencias. No esperes a ver si se calma.</translation>
        </message>
        <message>
            <source>With pain down a leg, or numbness, tingling or weakness, skip any exercise that brings it on or makes it spread, and go gently today. If it is in both legs, or a leg is getting weaker (tripping, a dropping foot), get emergency help now. If it is in one leg and not settling, see a doctor or physiotherapist soon. The full list is under {where}.</source>
            <translation>Si tienes dolor que baja por una pierna, o entumecimiento, hormigueo o debilidad, sáltate cualquier ejercicio que lo provoque o lo extienda, y hoy ve con suavidad. Si afecta a las dos piernas, o una pierna se debilita (tropiezos, pie caído), pide ayuda urgente ahora. Si afecta a una pierna y no se calma, ve pronto a un médico o fisioterapeuta. La lista completa está en {where}.</translation>
        </message>
        <message>
            <source>That is a high score. Take it easy today: gentle movement and the {routine} routine usually help more than rest alone, and a flare usually settles within days to a couple of weeks. If you notice any of the symptoms under When to get help, seek medical advice.</source>
            <translation>Es una puntuación alta. Tómatelo con calma hoy: el movimiento suave y la rutina «{routine}» suelen ayudar más que el reposo solo, y un brote suele calmarse en unos días o un par de semanas. Si notas alguno de los síntomas de «Cuándo pedir ayuda», consulta a un médico.</translation>
        </message>
        <message>
            <source>Your pain went up by {rise} points during this session. That does not mean harm, but next time do less (about a third fewer reps or sets) and check how you feel tomorrow morning. If it keeps happening, or you notice any of the symptoms under When to get help, talk to your doctor or physiotherapist.</source>
            <translation>Tu dolor subió {rise} puntos durante esta sesión. No significa que haya daño, pero la próxima vez haz menos (alrededor de un tercio menos de repeticiones o series) y fíjate en cómo te encuentras mañana por la mañana. Si sigue pasando, o notas alguno de los síntomas de «Cuándo pedir ayuda», habla con tu médico o fisioterapeuta.</translation>
        </message>
        <message>
            <source>pain down a leg</source>
            <translation>dolor que baja por una pierna</translation>
        </message>
        <message>
            <source>numbness, tingling or weakness</source>
            <translation>entumecimiento, hormigueo o debilidad</translation>
        </message>
        <message>
            <source>numbness around the genitals or back passage, or bladder or bowel changes</source>
            <translation>entumecimiento alrededor de los genitales o el ano, o cambios en la vejiga o el intestino</translation>
        </message>
        <message>
            <source>pain down the leg, numbness or tingling</source>
            <translation>dolor que baja por la pierna, entumecimiento u hormigueo</translation>
        </message>
        <message>
            <source>{signs} If any symptom in the first list above appears, stop the session and get emergency help.</source>
            <translation>{signs} Si aparece algún síntoma de la primera lista de arriba, termina la sesión y pide ayuda urgente.</translation>
        </message>
        <message>
            <source>During exercise</source>
            <translation>Durante el ejercicio</translation>
        </message>
        <message>
            <source>Get emergency help now</source>
            <translation>Pide ayuda urgente ahora</translation>
        </message>
        <message>
            <source>Stop and call the emergency number, or go to an emergency department, if you have:</source>
            <translation>Deja lo que estés haciendo y llama al número de emergencias, o ve a urgencias, si tienes:</translation>
        </message>
        <message>
            <source>Contact a doctor the same day</source>
            <translation>Contacta con un médico el mismo día</translation>
        </message>
        <message>
            <source>If you have back pain and:</source>
            <translation>Si tienes dolor de espalda y:</translation>
        </message>
        <message>
            <source>See a doctor or physiotherapist soon</source>
            <translation>Ve pronto a un médico o fisioterapeuta</translation>
        </message>
        <message>
            <source>If you have:</source>
            <translation>Si tienes:</translation>
        </message>
    </context>
    <context>
        <name>today</name>
        <message>
            <source>No routine is available: check the Library.</source>
            <translation>No hay ninguna rutina disponible: revisa la Biblioteca.</translation>
        </message>
        <message>
            <source>You are in flare mode: keep moving gently.</source>
            <translation>Estás en modo brote: sigue moviéndote con suavidad.</translation>
        </message>
        <message>
            <source>The routine you did last.</source>
            <translation>La rutina que hiciste la última vez.</translation>
        </message>
        <message>
            <source>The place to start.</source>
            <translation>El punto de partida.</translation>
        </message>
        <message>
            <source>{title} (my level)</source>
            <translation>{title} (mi nivel)</translation>
        </message>
    </context>
</TS>
