<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>exercise aer_walk_easy</name>
        <message>
            <source>Easy walk</source>
            <extracomment>name</extracomment>
            <translation>Lockeres Gehen</translation>
        </message>
        <message>
            <source>An easy walk at a chatting pace: the backbone of staying active.</source>
            <extracomment>summary</extracomment>
            <translation>Lockeres Gehen in Plaudertempo: die Grundlage, um aktiv zu bleiben.</translation>
        </message>
        <message>
            <source>Walk at an easy pace where you could chat comfortably, about 3 out of 10 effort.</source>
            <extracomment>steps 1</extracomment>
            <translation>Gehen Sie in einem lockeren Tempo, bei dem Sie sich bequem unterhalten könnten – Anstrengung etwa 3 von 10.</translation>
        </message>
        <message>
            <source>Let your arms swing and take normal-length steps.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lassen Sie die Arme mitschwingen und machen Sie normal lange Schritte.</translation>
        </message>
        <message>
            <source>If pain builds, slow down or stop for a short rest, then carry on.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wenn der Schmerz zunimmt, gehen Sie langsamer oder legen Sie eine kurze Pause ein, dann gehen Sie weiter.</translation>
        </message>
        <message>
            <source>Add a few minutes each week, rather than walking a long way on a good day.</source>
            <extracomment>steps 4</extracomment>
            <translation>Gehen Sie jede Woche ein paar Minuten länger, statt an einem guten Tag sehr weit zu gehen.</translation>
        </message>
        <message>
            <source>Little and often beats far.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lieber kurz und oft als weit.</translation>
        </message>
        <message>
            <source>A huge walk on a good day, then nothing for the next three.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>An einem guten Tag ein sehr langer Spaziergang, dann drei Tage gar nichts.</translation>
        </message>
        <message>
            <source>Chest pain, unusual breathlessness, dizziness, or leg symptoms that keep spreading.</source>
            <extracomment>stop_if</extracomment>
            <translation>Brustschmerz, ungewöhnliche Atemnot, Schwindel oder Beschwerden im Bein, die sich immer weiter ausbreiten.</translation>
        </message>
        <message>
            <source>Regular walking helps: in a large trial, people who built up a walking habit had fewer spells of back pain that held them back. Aim to build up to about 30 minutes on most days.</source>
            <extracomment>note</extracomment>
            <translation>Regelmäßiges Gehen hilft: In einer großen Studie hatten Menschen, die sich das Gehen zur Gewohnheit machten, seltener Phasen mit Rückenschmerzen, die sie einschränkten. Steigern Sie sich nach und nach auf etwa 30 Minuten an den meisten Tagen.</translation>
        </message>
        <message>
            <source>comfortable shoes</source>
            <extracomment>equipment 1</extracomment>
            <translation>bequeme Schuhe</translation>
        </message>
        <message>
            <source>treadmill (optional)</source>
            <extracomment>equipment 2</extracomment>
            <translation>Laufband (optional)</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_walk_brisk_intervals</name>
        <message>
            <source>Brisk walk intervals</source>
            <extracomment>name</extracomment>
            <translation>Intervalle mit zügigem Gehen</translation>
        </message>
        <message>
            <source>Walk in turns: brisk for three minutes, then easy for two.</source>
            <extracomment>summary</extracomment>
            <translation>Gehen Sie im Wechsel: drei Minuten zügig, dann zwei Minuten locker.</translation>
        </message>
        <message>
            <source>Warm up with a few minutes of easy walking.</source>
            <extracomment>steps 1</extracomment>
            <translation>Wärmen Sie sich mit ein paar Minuten lockerem Gehen auf.</translation>
        </message>
        <message>
            <source>When you hear 'Brisk', walk fast enough that you can talk but not sing (about 5 or 6 out of 10).</source>
            <extracomment>steps 2</extracomment>
            <translation>Wenn Sie „Zügig“ hören, gehen Sie so schnell, dass Sie noch sprechen, aber nicht mehr singen können (etwa 5 oder 6 von 10).</translation>
        </message>
        <message>
            <source>When you hear 'Easy', slow to a comfortable pace and let your breathing settle.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wenn Sie „Locker“ hören, verlangsamen Sie auf ein angenehmes Tempo und lassen Ihren Atem ruhiger werden.</translation>
        </message>
        <message>
            <source>Cool down with easy walking at the end.</source>
            <extracomment>steps 4</extracomment>
            <translation>Gehen Sie zum Abschluss locker aus.</translation>
        </message>
        <message>
            <source>Brisk, not breathless.</source>
            <extracomment>cues 1</extracomment>
            <translation>Zügig, aber nicht außer Atem.</translation>
        </message>
        <message>
            <source>Starting too fast.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Zu schnell starten.</translation>
        </message>
        <message>
            <source>Taking overly long strides.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Übermäßig lange Schritte machen.</translation>
        </message>
        <message>
            <source>Chest pain, dizziness, or leg pain or numbness that spreads.</source>
            <extracomment>stop_if</extracomment>
            <translation>Brustschmerz, Schwindel oder Schmerz oder Taubheit im Bein, die sich ausbreiten.</translation>
        </message>
        <message>
            <source>The same pattern works on an exercise bike.</source>
            <extracomment>note</extracomment>
            <translation>Dasselbe Muster funktioniert auch auf dem Heimtrainer.</translation>
        </message>
        <message>
            <source>comfortable shoes</source>
            <extracomment>equipment 1</extracomment>
            <translation>bequeme Schuhe</translation>
        </message>
        <message>
            <source>treadmill (optional)</source>
            <extracomment>equipment 2</extracomment>
            <translation>Laufband (optional)</translation>
        </message>
        <message>
            <source>Brisk</source>
            <extracomment>dose work_label</extracomment>
            <translation>Zügig</translation>
        </message>
        <message>
            <source>Easy</source>
            <extracomment>dose rest_label</extracomment>
            <translation>Locker</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_cycle</name>
        <message>
            <source>Stationary or outdoor cycling</source>
            <extracomment>name</extracomment>
            <translation>Radfahren (Heimtrainer oder draußen)</translation>
        </message>
        <message>
            <source>Easy pedalling on an exercise bike or a bicycle: a back-friendly alternative to walking.</source>
            <extracomment>summary</extracomment>
            <translation>Lockeres Treten auf dem Heimtrainer oder dem Fahrrad: eine rückenfreundliche Alternative zum Gehen.</translation>
        </message>
        <message>
            <source>Set the seat so your knee is slightly bent at the bottom of the pedal stroke. Raise the handlebars if leaning forward bothers your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie den Sattel so ein, dass Ihr Knie am tiefsten Punkt der Pedalumdrehung leicht gebeugt ist. Stellen Sie den Lenker höher, wenn das Vorbeugen Ihrem Rücken zu schaffen macht.</translation>
        </message>
        <message>
            <source>Pedal at an easy to moderate effort, about 4 or 5 out of 10, with light resistance.</source>
            <extracomment>steps 2</extracomment>
            <translation>Treten Sie mit leichter bis mittlerer Anstrengung, etwa 4 oder 5 von 10, bei geringem Widerstand.</translation>
        </message>
        <message>
            <source>If your back stiffens, shift on the saddle or sit more upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wenn Ihr Rücken steif wird, verändern Sie Ihre Position auf dem Sattel oder setzen Sie sich aufrechter hin.</translation>
        </message>
        <message>
            <source>Sitting upright is often more comfortable.</source>
            <extracomment>cues 1</extracomment>
            <translation>Aufrecht sitzen ist oft angenehmer.</translation>
        </message>
        <message>
            <source>If the saddle's pressure makes you numb, stand on the pedals for a few seconds. If it keeps happening, adjust the saddle.</source>
            <extracomment>cues 2</extracomment>
            <translation>Wenn Sie durch den Druck des Sattels taub werden, stellen Sie sich für ein paar Sekunden in die Pedale. Passiert das immer wieder, passen Sie den Sattel an.</translation>
        </message>
        <message>
            <source>A saddle too low, or too far from the handlebars.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ein zu niedriger Sattel oder ein Sattel zu weit weg vom Lenker.</translation>
        </message>
        <message>
            <source>Heavy resistance.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Hoher Widerstand.</translation>
        </message>
        <message>
            <source>Chest pain or dizziness: stop, and read 'When to get help'. Numbness around your genitals, back passage, buttocks or inner thighs that is still there after you get off the bike, or new bladder or bowel problems: stop and get emergency help now.</source>
            <extracomment>stop_if</extracomment>
            <translation>Brustschmerz oder Schwindel: Hören Sie auf und lesen Sie „Wann Sie Hilfe holen sollten“. Taubheit im Genital- oder Afterbereich, am Gesäß oder an der Innenseite der Oberschenkel, die nach dem Absteigen vom Rad bleibt, oder neue Probleme mit Blase oder Darm: Hören Sie auf und holen Sie jetzt Notfallhilfe.</translation>
        </message>
        <message>
            <source>Build it up like walking: add a few minutes a week.</source>
            <extracomment>note</extracomment>
            <translation>Steigern Sie es wie das Gehen: jede Woche ein paar Minuten mehr.</translation>
        </message>
        <message>
            <source>exercise bike or bicycle</source>
            <extracomment>equipment 1</extracomment>
            <translation>Heimtrainer oder Fahrrad</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_walk_jog</name>
        <message>
            <source>Walk–jog intervals</source>
            <extracomment>name</extracomment>
            <translation>Intervalle mit Gehen und Joggen</translation>
        </message>
        <message>
            <source>Short, gentle jogs with walking breaks, for when running is your goal.</source>
            <extracomment>summary</extracomment>
            <translation>Kurze, lockere Joggingabschnitte mit Gehpausen – wenn Laufen Ihr Ziel ist.</translation>
        </message>
        <message>
            <source>Walk briskly for a few minutes to warm up.</source>
            <extracomment>steps 1</extracomment>
            <translation>Gehen Sie zum Aufwärmen ein paar Minuten zügig.</translation>
        </message>
        <message>
            <source>When you hear 'Jog', jog gently. You should still be able to speak in short sentences.</source>
            <extracomment>steps 2</extracomment>
            <translation>Wenn Sie „Joggen“ hören, joggen Sie locker. Sie sollten dabei noch in kurzen Sätzen sprechen können.</translation>
        </message>
        <message>
            <source>When you hear 'Walk', walk until your breathing settles.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wenn Sie „Gehen“ hören, gehen Sie, bis sich Ihr Atem beruhigt hat.</translation>
        </message>
        <message>
            <source>Only lengthen the jogs if the next morning feels no worse than usual.</source>
            <extracomment>steps 4</extracomment>
            <translation>Verlängern Sie die Joggingabschnitte nur, wenn sich der nächste Morgen nicht schlechter anfühlt als sonst.</translation>
        </message>
        <message>
            <source>Short, quiet, relaxed steps.</source>
            <extracomment>cues 1</extracomment>
            <translation>Kurze, leise, lockere Schritte.</translation>
        </message>
        <message>
            <source>Jumping straight to continuous running.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Gleich mit Dauerlauf beginnen.</translation>
        </message>
        <message>
            <source>Long strides that land heavily.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Lange Schritte mit hartem Aufsetzen.</translation>
        </message>
        <message>
            <source>Pain makes you limp, or back pain goes above 5 out of 10.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz lässt Sie hinken, oder der Rückenschmerz steigt über 5 von 10.</translation>
        </message>
        <message>
            <source>Optional, for people who want to run or hike. Build up your walking first; a good start is 1 minute of jogging and 2 minutes of walking, six times.</source>
            <extracomment>note</extracomment>
            <translation>Optional, für alle, die laufen oder wandern möchten. Bauen Sie zuerst das Gehen auf; ein guter Start ist 1 Minute Joggen und 2 Minuten Gehen, sechsmal hintereinander.</translation>
        </message>
        <message>
            <source>running shoes</source>
            <extracomment>equipment 1</extracomment>
            <translation>Laufschuhe</translation>
        </message>
        <message>
            <source>Jog</source>
            <extracomment>dose work_label</extracomment>
            <translation>Joggen</translation>
        </message>
        <message>
            <source>Walk</source>
            <extracomment>dose rest_label</extracomment>
            <translation>Gehen</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_swim</name>
        <message>
            <source>Swimming or water walking</source>
            <extracomment>name</extracomment>
            <translation>Schwimmen oder Wassergehen</translation>
        </message>
        <message>
            <source>Easy lengths, or walking in the water, at a moderate effort.</source>
            <extracomment>summary</extracomment>
            <translation>Lockere Bahnen oder Gehen im Wasser, bei mittlerer Anstrengung.</translation>
        </message>
        <message>
            <source>Start with walking in the water, or easy lengths in a stroke that feels comfortable. Backstroke or front crawl often suit backs well.</source>
            <extracomment>steps 1</extracomment>
            <translation>Beginnen Sie mit Gehen im Wasser oder mit lockeren Bahnen in einer Schwimmart, die sich angenehm anfühlt. Rückenschwimmen oder Kraulen tun dem Rücken oft gut.</translation>
        </message>
        <message>
            <source>Keep the effort moderate, about 4 or 5 out of 10, and rest at the wall whenever you need to.</source>
            <extracomment>steps 2</extracomment>
            <translation>Halten Sie die Anstrengung mittel, etwa 4 oder 5 von 10, und ruhen Sie sich am Beckenrand aus, wann immer Sie es brauchen.</translation>
        </message>
        <message>
            <source>Build up your time gradually over the weeks.</source>
            <extracomment>steps 3</extracomment>
            <translation>Steigern Sie Ihre Zeit im Lauf der Wochen allmählich.</translation>
        </message>
        <message>
            <source>If lifting your head for breaststroke bothers your back, try backstroke or a snorkel.</source>
            <extracomment>cues 1</extracomment>
            <translation>Wenn das Kopfanheben beim Brustschwimmen Ihrem Rücken zu schaffen macht, versuchen Sie Rückenschwimmen oder einen Schnorchel.</translation>
        </message>
        <message>
            <source>Swimming hard after a long break.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Nach einer langen Pause gleich intensiv schwimmen.</translation>
        </message>
        <message>
            <source>Chest pain, dizziness, or unusual breathlessness.</source>
            <extracomment>stop_if</extracomment>
            <translation>Brustschmerz, Schwindel oder ungewöhnliche Atemnot.</translation>
        </message>
        <message>
            <source>Time your swim as one block and set its length to suit you; 20 minutes is a good target.</source>
            <extracomment>note</extracomment>
            <translation>Ihre Schwimmzeit läuft als ein einziger Block; stellen Sie die Dauer passend für sich ein. 20 Minuten sind ein gutes Ziel.</translation>
        </message>
        <message>
            <source>pool</source>
            <extracomment>equipment 1</extracomment>
            <translation>Schwimmbad</translation>
        </message>
    </context>
    <context>
        <name>exercise breath_paced</name>
        <message>
            <source>Slow belly breathing (paced)</source>
            <extracomment>name</extracomment>
            <translation>Langsame Bauchatmung (im Takt)</translation>
        </message>
        <message>
            <source>Slow, gentle breathing into your belly: in for 4, out for 6.</source>
            <extracomment>summary</extracomment>
            <translation>Langsam und sanft in den Bauch atmen: 4 Sekunden ein, 6 Sekunden aus.</translation>
        </message>
        <message>
            <source>Sit supported, or lie with your knees bent. Put one hand on your chest and one on your belly.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich angelehnt hin oder legen Sie sich mit gebeugten Knien hin. Legen Sie eine Hand auf die Brust und eine auf den Bauch.</translation>
        </message>
        <message>
            <source>Breathe in through your nose for about 4 seconds, letting your belly rise more than your chest.</source>
            <extracomment>steps 2</extracomment>
            <translation>Atmen Sie etwa 4 Sekunden lang durch die Nase ein; dabei hebt sich der Bauch stärker als die Brust.</translation>
        </message>
        <message>
            <source>Breathe out gently for about 6 seconds, through your nose or through pursed lips.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie etwa 6 Sekunden lang sanft aus, durch die Nase oder mit der Lippenbremse.</translation>
        </message>
        <message>
            <source>Follow the timer's in and out cues. If it feels strained, shorten both counts.</source>
            <extracomment>steps 4</extracomment>
            <translation>Folgen Sie den Ein- und Ausatem-Hinweisen des Timers. Wenn es sich angestrengt anfühlt, verkürzen Sie beide Zeiten.</translation>
        </message>
        <message>
            <source>Gentle breaths, not deep gulps.</source>
            <extracomment>cues 1</extracomment>
            <translation>Sanfte Atemzüge, kein tiefes Luftschnappen.</translation>
        </message>
        <message>
            <source>Forcing big breaths.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Große Atemzüge erzwingen.</translation>
        </message>
        <message>
            <source>Lifting your shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Schultern hochziehen.</translation>
        </message>
        <message>
            <source>You feel light-headed or your fingers tingle. Breathe normally for a minute.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihnen wird benommen oder Ihre Finger kribbeln. Atmen Sie eine Minute lang normal.</translation>
        </message>
        <message>
            <source>This paces you at about 6 breaths a minute, a calm rhythm that many people find settling.</source>
            <extracomment>note</extracomment>
            <translation>So atmen Sie etwa 6-mal pro Minute – ein ruhiger Rhythmus, den viele Menschen als beruhigend empfinden.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>dose cue</extracomment>
            <translation>4 Sekunden ein-, 6 Sekunden ausatmen</translation>
        </message>
    </context>
    <context>
        <name>exercise breath_pmr</name>
        <message>
            <source>Short progressive muscle relaxation</source>
            <extracomment>name</extracomment>
            <translation>Kurze progressive Muskelentspannung</translation>
        </message>
        <message>
            <source>Gently tense and then release one muscle group at a time, from your feet upwards.</source>
            <extracomment>summary</extracomment>
            <translation>Spannen Sie eine Muskelgruppe nach der anderen sanft an und lassen Sie wieder los, von den Füßen aufwärts.</translation>
        </message>
        <message>
            <source>Sit or lie comfortably.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen oder legen Sie sich bequem hin.</translation>
        </message>
        <message>
            <source>When the timer names a muscle group, tense it gently, at about half effort, for 5 seconds.</source>
            <extracomment>steps 2</extracomment>
            <translation>Wenn der Timer eine Muskelgruppe nennt, spannen Sie sie 5 Sekunden lang sanft an, mit etwa halber Kraft.</translation>
        </message>
        <message>
            <source>Let go all at once and notice the difference for 15 seconds.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lassen Sie die Spannung auf einmal los und spüren Sie 15 Sekunden lang dem Unterschied nach.</translation>
        </message>
        <message>
            <source>Work through your feet, calves, thighs, buttocks, hands, shoulders and face, then your whole body.</source>
            <extracomment>steps 4</extracomment>
            <translation>Gehen Sie so durch Füße, Waden, Oberschenkel, Gesäß, Hände, Schultern und Gesicht, dann durch den ganzen Körper.</translation>
        </message>
        <message>
            <source>Half effort is plenty.</source>
            <extracomment>cues 1</extracomment>
            <translation>Halbe Kraft reicht völlig.</translation>
        </message>
        <message>
            <source>Tensing a painful area hard: keep it gentle, or skip it.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Einen schmerzenden Bereich kräftig anspannen: Bleiben Sie sanft oder lassen Sie ihn aus.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>A muscle cramps. Skip that group.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ein Muskel verkrampft. Lassen Sie diese Muskelgruppe aus.</translation>
        </message>
        <message>
            <source>Progressive muscle relaxation is one of the drug-free approaches that guidelines recommend for long-lasting back pain.</source>
            <extracomment>note</extracomment>
            <translation>Progressive Muskelentspannung gehört zu den nichtmedikamentösen Verfahren, die Leitlinien bei lang anhaltenden Rückenschmerzen empfehlen.</translation>
        </message>
        <message>
            <source>Feet</source>
            <extracomment>dose rep_labels 1</extracomment>
            <translation>Füße</translation>
        </message>
        <message>
            <source>Calves</source>
            <extracomment>dose rep_labels 2</extracomment>
            <translation>Waden</translation>
        </message>
        <message>
            <source>Thighs</source>
            <extracomment>dose rep_labels 3</extracomment>
            <translation>Oberschenkel</translation>
        </message>
        <message>
            <source>Buttocks</source>
            <extracomment>dose rep_labels 4</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <source>Hands</source>
            <extracomment>dose rep_labels 5</extracomment>
            <translation>Hände</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <extracomment>dose rep_labels 6</extracomment>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>Face</source>
            <extracomment>dose rep_labels 7</extracomment>
            <translation>Gesicht</translation>
        </message>
        <message>
            <source>Whole body</source>
            <extracomment>dose rep_labels 8</extracomment>
            <translation>Ganzer Körper</translation>
        </message>
    </context>
    <context>
        <name>exercise breath_body_scan</name>
        <message>
            <source>Body scan</source>
            <extracomment>name</extracomment>
            <translation>Body-Scan</translation>
        </message>
        <message>
            <source>Move your attention slowly through your body, noticing without judging.</source>
            <extracomment>summary</extracomment>
            <translation>Wandern Sie mit Ihrer Aufmerksamkeit langsam durch den Körper und nehmen Sie wahr, ohne zu bewerten.</translation>
        </message>
        <message>
            <source>Lie or sit comfortably, and close your eyes if you like.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen oder setzen Sie sich bequem hin und schließen Sie die Augen, wenn Sie möchten.</translation>
        </message>
        <message>
            <source>Move your attention slowly from your toes up to your head. Notice what you feel without trying to change it.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lenken Sie Ihre Aufmerksamkeit langsam von den Zehen bis zum Kopf. Nehmen Sie wahr, was Sie spüren, ohne es verändern zu wollen.</translation>
        </message>
        <message>
            <source>When your mind wanders, notice where it went and gently come back to your body.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wenn Ihre Gedanken abschweifen, bemerken Sie, wohin sie gewandert sind, und kehren Sie sanft zu Ihrem Körper zurück.</translation>
        </message>
        <message>
            <source>Finish with three slow breaths.</source>
            <extracomment>steps 4</extracomment>
            <translation>Schließen Sie mit drei langsamen Atemzügen ab.</translation>
        </message>
        <message>
            <source>Be curious, not critical.</source>
            <extracomment>cues 1</extracomment>
            <translation>Neugierig sein, nicht kritisch.</translation>
        </message>
        <message>
            <source>Trying to make the pain go away. Just notice it.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Den Schmerz wegmachen wollen. Nehmen Sie ihn einfach wahr.</translation>
        </message>
        <message>
            <source>You feel more distressed. Open your eyes and focus on your breathing or your surroundings.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie fühlen sich zunehmend aufgewühlt. Öffnen Sie die Augen und richten Sie Ihre Aufmerksamkeit auf Ihren Atem oder Ihre Umgebung.</translation>
        </message>
        <message>
            <source>Mindfulness practices like this are among the drug-free approaches recommended for long-lasting back pain.</source>
            <extracomment>note</extracomment>
            <translation>Achtsamkeitsübungen wie diese gehören zu den nichtmedikamentösen Verfahren, die bei lang anhaltenden Rückenschmerzen empfohlen werden.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_march</name>
        <message>
            <source>Seated marching</source>
            <extracomment>name</extracomment>
            <translation>Marschieren im Sitzen</translation>
        </message>
        <message>
            <source>March your feet while you sit: an easy warm-up for a sore day or a desk break.</source>
            <extracomment>summary</extracomment>
            <translation>Marschieren Sie im Sitzen mit den Füßen: ein leichtes Aufwärmen für einen schmerzhaften Tag oder eine Pause am Schreibtisch.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair, feet flat and hip-width apart, hands resting on your thighs or the seat.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf die vordere Hälfte eines stabilen Stuhls, die Füße flach und hüftbreit auseinander, die Hände auf den Oberschenkeln oder auf der Sitzfläche.</translation>
        </message>
        <message>
            <source>Lift one foot a few centimetres off the floor by raising the knee, then put it down.</source>
            <extracomment>steps 2</extracomment>
            <translation>Heben Sie einen Fuß ein paar Zentimeter vom Boden ab, indem Sie das Knie anheben, und stellen Sie ihn wieder ab.</translation>
        </message>
        <message>
            <source>Lift the other foot, and keep an easy marching rhythm.</source>
            <extracomment>steps 3</extracomment>
            <translation>Heben Sie den anderen Fuß und finden Sie einen lockeren Marschrhythmus.</translation>
        </message>
        <message>
            <source>Let your arms swing a little if you like, and keep breathing easily.</source>
            <extracomment>steps 4</extracomment>
            <translation>Lassen Sie die Arme ruhig etwas mitschwingen, wenn Sie möchten, und atmen Sie entspannt weiter.</translation>
        </message>
        <message>
            <source>Sit tall; the lift comes from your hip.</source>
            <extracomment>cues 1</extracomment>
            <translation>Sitzen Sie aufrecht; das Anheben kommt aus der Hüfte.</translation>
        </message>
        <message>
            <source>Leaning back to lift the knee higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich zurücklehnen, um das Knie höher zu heben.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Pain travels into your buttock or leg, or you feel dizzy.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz zieht ins Gesäß oder ins Bein, oder Ihnen wird schwindelig.</translation>
        </message>
        <message>
            <source>A gentler version of marching on the spot, for when standing is hard work or you need to stay seated.</source>
            <extracomment>note</extracomment>
            <translation>Eine sanftere Version des Marschierens auf der Stelle – für Tage, an denen Stehen anstrengend ist oder Sie sitzen bleiben müssen.</translation>
        </message>
        <message>
            <source>firm chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>stabiler Stuhl</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_march</name>
        <message>
            <source>Marching on the spot</source>
            <extracomment>name</extracomment>
            <translation>Marschieren auf der Stelle</translation>
        </message>
        <message>
            <source>An easy march on the spot to warm up and get moving.</source>
            <extracomment>summary</extracomment>
            <translation>Lockeres Marschieren auf der Stelle, um warm und in Bewegung zu kommen.</translation>
        </message>
        <message>
            <source>Stand tall near a wall or a chair, in case you want something to hold.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich aufrecht hin, in der Nähe einer Wand oder eines Stuhls, falls Sie sich festhalten möchten.</translation>
        </message>
        <message>
            <source>March on the spot, lifting your knees to a comfortable height.</source>
            <extracomment>steps 2</extracomment>
            <translation>Marschieren Sie auf der Stelle und heben Sie die Knie auf eine angenehme Höhe.</translation>
        </message>
        <message>
            <source>Let your arms swing naturally and keep breathing easily.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lassen Sie die Arme natürlich mitschwingen und atmen Sie entspannt weiter.</translation>
        </message>
        <message>
            <source>Start small, then lift your knees a little higher.</source>
            <extracomment>cues 1</extracomment>
            <translation>Fangen Sie klein an und heben Sie die Knie dann etwas höher.</translation>
        </message>
        <message>
            <source>Leaning back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich zurücklehnen.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>You feel dizzy or unusually out of breath.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihnen wird schwindelig oder Sie sind ungewöhnlich außer Atem.</translation>
        </message>
        <message>
            <source>A good warm-up. It also works as a little indoor cardio on days when you can't get out.</source>
            <extracomment>note</extracomment>
            <translation>Gut zum Aufwärmen. Es eignet sich auch als kleines Ausdauertraining drinnen, an Tagen, an denen Sie nicht hinauskommen.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_arm_raise</name>
        <message>
            <source>Seated arm raises</source>
            <extracomment>name</extracomment>
            <translation>Armheben im Sitzen</translation>
        </message>
        <message>
            <source>Raise your arms slowly in front of you while you sit: a gentle way to loosen your shoulders and upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Heben Sie im Sitzen die Arme langsam vor dem Körper an: eine sanfte Art, Schultern und oberen Rücken zu lockern.</translation>
        </message>
        <message>
            <source>Sit tall on a chair with your feet flat and your arms resting by your sides.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich aufrecht auf einen Stuhl, die Füße flach auf dem Boden, die Arme locker neben dem Körper.</translation>
        </message>
        <message>
            <source>Breathe in and slowly raise both arms in front of you, up to shoulder height or as high as is comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Atmen Sie ein und heben Sie beide Arme langsam vor dem Körper an, bis auf Schulterhöhe oder so hoch, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Breathe out and lower them slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie aus und senken Sie die Arme langsam.</translation>
        </message>
        <message>
            <source>Keep your shoulders relaxed and away from your ears.</source>
            <extracomment>steps 4</extracomment>
            <translation>Lassen Sie die Schultern locker sinken, weg von den Ohren.</translation>
        </message>
        <message>
            <source>Slow and smooth, in time with your breathing.</source>
            <extracomment>cues 1</extracomment>
            <translation>Langsam und fließend, im Takt Ihres Atems.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Schultern hochziehen.</translation>
        </message>
        <message>
            <source>Leaning back to get your arms higher.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Sich zurücklehnen, um die Arme höher zu bekommen.</translation>
        </message>
        <message>
            <source>Your shoulder hurts or pinches.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Schulter schmerzt oder zwickt.</translation>
        </message>
        <message>
            <source>A smaller, slower cousin of arm swings, and a gentle start for your shoulders when wall slides pinch.</source>
            <extracomment>note</extracomment>
            <translation>Eine kleinere, langsamere Variante des Armschwingens – und ein sanfter Einstieg für Ihre Schultern, wenn das Wandgleiten zwickt.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_arm_swings</name>
        <message>
            <source>Arm swings and circles</source>
            <extracomment>name</extracomment>
            <translation>Armschwingen und Armkreisen</translation>
        </message>
        <message>
            <source>Relaxed arm swings and circles to loosen your shoulders and upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Lockeres Armschwingen und Armkreisen, um Schultern und oberen Rücken zu lockern.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart and your knees soft.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich hin, die Füße hüftbreit auseinander, die Knie locker.</translation>
        </message>
        <message>
            <source>Swing both arms forward and up, then down and back, in a relaxed rhythm.</source>
            <extracomment>steps 2</extracomment>
            <translation>Schwingen Sie beide Arme in einem entspannten Rhythmus nach vorn und oben, dann nach unten und hinten.</translation>
        </message>
        <message>
            <source>Change to slow arm circles, first forwards, then backwards.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wechseln Sie zu langsamen Armkreisen, zuerst vorwärts, dann rückwärts.</translation>
        </message>
        <message>
            <source>Let your upper back turn a little with the movement.</source>
            <extracomment>steps 4</extracomment>
            <translation>Lassen Sie den oberen Rücken die Bewegung ein wenig mitdrehen.</translation>
        </message>
        <message>
            <source>Easy and rhythmic, no jerking.</source>
            <extracomment>cues 1</extracomment>
            <translation>Locker und rhythmisch, ohne Ruck.</translation>
        </message>
        <message>
            <source>Big, fast flings.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Große, schnelle Schleuderbewegungen.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Schultern hochziehen.</translation>
        </message>
        <message>
            <source>Your shoulder hurts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Schulter schmerzt.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_side_reach</name>
        <message>
            <source>Seated side reach</source>
            <extracomment>name</extracomment>
            <translation>Seitneigung mit Armzug im Sitzen</translation>
        </message>
        <message>
            <source>Reach one arm up and lean gently to the side while you sit, then the other: the side reach with your hips supported.</source>
            <extracomment>summary</extracomment>
            <translation>Strecken Sie im Sitzen einen Arm nach oben und neigen Sie sich sanft zur Seite, dann mit dem anderen Arm: die Seitneigung, bei der Ihr Becken gestützt ist.</translation>
        </message>
        <message>
            <source>Sit tall towards the front of a chair, feet flat and a little wider than your hips.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich aufrecht auf die vordere Hälfte eines Stuhls, die Füße flach und etwas weiter als hüftbreit auseinander.</translation>
        </message>
        <message>
            <source>Reach one arm up, then lean gently to the opposite side, only as far as is comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Strecken Sie einen Arm nach oben und neigen Sie sich dann sanft zur Gegenseite, nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Come back to upright and lower the arm.</source>
            <extracomment>steps 3</extracomment>
            <translation>Kommen Sie zurück in die aufrechte Position und senken Sie den Arm.</translation>
        </message>
        <message>
            <source>Reach with the other arm, and keep the movement flowing with your breathing.</source>
            <extracomment>steps 4</extracomment>
            <translation>Strecken Sie nun den anderen Arm nach oben und lassen Sie die Bewegung im Takt Ihres Atems fließen.</translation>
        </message>
        <message>
            <source>Reach up first, then lean.</source>
            <extracomment>cues 1</extracomment>
            <translation>Erst nach oben strecken, dann zur Seite neigen.</translation>
        </message>
        <message>
            <source>Keep both buttocks on the seat.</source>
            <extracomment>cues 2</extracomment>
            <translation>Beide Gesäßhälften bleiben auf dem Stuhl.</translation>
        </message>
        <message>
            <source>Twisting or leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich dabei drehen oder nach vorn lehnen.</translation>
        </message>
        <message>
            <source>Pushing into pain.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>In den Schmerz hineindrücken.</translation>
        </message>
        <message>
            <source>Pain travels into your buttock or leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz zieht ins Gesäß oder ins Bein.</translation>
        </message>
        <message>
            <source>Sitting keeps your pelvis steady, so the lean stays small and easy to control.</source>
            <extracomment>note</extracomment>
            <translation>Im Sitzen bleibt Ihr Becken ruhig, daher bleibt die Seitneigung klein und leicht zu kontrollieren.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_overhead_side_reach</name>
        <message>
            <source>Overhead reach with side lean</source>
            <extracomment>name</extracomment>
            <translation>Seitneigung mit Armzug im Stehen</translation>
        </message>
        <message>
            <source>Reach up and over to one side, then the other, to wake up your trunk.</source>
            <extracomment>summary</extracomment>
            <translation>Strecken Sie sich nach oben und über den Kopf zur Seite, dann zur anderen Seite, um Ihren Rumpf zu wecken.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich hin, die Füße hüftbreit auseinander.</translation>
        </message>
        <message>
            <source>Reach one arm up and over your head, leaning gently to the opposite side.</source>
            <extracomment>steps 2</extracomment>
            <translation>Strecken Sie einen Arm nach oben und über den Kopf und neigen Sie sich dabei sanft zur Gegenseite.</translation>
        </message>
        <message>
            <source>Come back to upright and reach with the other arm.</source>
            <extracomment>steps 3</extracomment>
            <translation>Kommen Sie zurück in die aufrechte Position und strecken Sie den anderen Arm nach oben.</translation>
        </message>
        <message>
            <source>Keep the movement flowing and breathe out as you reach.</source>
            <extracomment>steps 4</extracomment>
            <translation>Lassen Sie die Bewegung fließen und atmen Sie beim Strecken aus.</translation>
        </message>
        <message>
            <source>Reach up first, then lean.</source>
            <extracomment>cues 1</extracomment>
            <translation>Erst nach oben strecken, dann zur Seite neigen.</translation>
        </message>
        <message>
            <source>Twisting or leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich dabei drehen oder nach vorn lehnen.</translation>
        </message>
        <message>
            <source>Pushing into pain.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>In den Schmerz hineindrücken.</translation>
        </message>
        <message>
            <source>Pain travels into your buttock or leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz zieht ins Gesäß oder ins Bein.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_leg_swing</name>
        <message>
            <source>Supported leg swings (front to back)</source>
            <extracomment>name</extracomment>
            <translation>Beinpendeln mit Halt (vor und zurück)</translation>
        </message>
        <message>
            <source>Gentle pendulum swings of one leg while you hold on for balance.</source>
            <extracomment>summary</extracomment>
            <translation>Sanftes Pendeln mit einem Bein, während Sie sich zum Gleichgewicht festhalten.</translation>
        </message>
        <message>
            <source>Stand side-on to a wall or chair and hold it lightly.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich seitlich neben eine Wand oder einen Stuhl und halten Sie sich leicht fest.</translation>
        </message>
        <message>
            <source>Swing your outside leg forwards and backwards like a relaxed pendulum.</source>
            <extracomment>steps 2</extracomment>
            <translation>Schwingen Sie das äußere Bein vor und zurück, wie ein lockeres Pendel.</translation>
        </message>
        <message>
            <source>Start small and let the swing grow to a comfortable size. Keep your trunk upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Beginnen Sie klein und lassen Sie die Bewegung bis zu einer angenehmen Größe wachsen. Halten Sie den Oberkörper aufrecht.</translation>
        </message>
        <message>
            <source>Turn around and swing the other leg.</source>
            <extracomment>steps 4</extracomment>
            <translation>Drehen Sie sich um und schwingen Sie das andere Bein.</translation>
        </message>
        <message>
            <source>Controlled swings, not kicks.</source>
            <extracomment>cues 1</extracomment>
            <translation>Kontrolliert pendeln, nicht kicken.</translation>
        </message>
        <message>
            <source>Stay in the middle of your range.</source>
            <extracomment>cues 2</extracomment>
            <translation>Bleiben Sie im mittleren Bewegungsbereich.</translation>
        </message>
        <message>
            <source>Arching your back on the back-swing.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Beim Rückschwung ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Forcing the height.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Höhe erzwingen.</translation>
        </message>
        <message>
            <source>Swinging fast.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Schnell schwingen.</translation>
        </message>
        <message>
            <source>You feel a pull in your lower back, or pain shoots down your leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie spüren ein Ziehen im unteren Rücken, oder Schmerz schießt ins Bein.</translation>
        </message>
        <message>
            <source>chair or wall for support</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl oder Wand zum Festhalten</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_hinge</name>
        <message>
            <source>Seated forward lean</source>
            <extracomment>name</extracomment>
            <translation>Vorneigen im Sitzen</translation>
        </message>
        <message>
            <source>Lean forward from your hips while you sit, hands sliding down your thighs: an easy forward bend with the chair taking your weight.</source>
            <extracomment>summary</extracomment>
            <translation>Neigen Sie sich im Sitzen aus der Hüfte nach vorn, die Hände gleiten an den Oberschenkeln hinunter: ein leichtes Vorbeugen, bei dem der Stuhl Ihr Gewicht trägt.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair, feet flat and hip-width apart, hands on your thighs.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf die vordere Hälfte eines stabilen Stuhls, die Füße flach und hüftbreit auseinander, die Hände auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>Breathe out and lean forward from your hips, letting your hands slide towards your knees.</source>
            <extracomment>steps 2</extracomment>
            <translation>Atmen Sie aus und neigen Sie sich aus der Hüfte nach vorn; lassen Sie die Hände dabei Richtung Knie gleiten.</translation>
        </message>
        <message>
            <source>Go only as far as is comfortable, then press lightly through your hands to sit up tall again.</source>
            <extracomment>steps 3</extracomment>
            <translation>Gehen Sie nur so weit, wie es angenehm ist, und drücken Sie sich dann leicht mit den Händen wieder in den aufrechten Sitz.</translation>
        </message>
        <message>
            <source>Let your back follow the movement; there is no need to hold it stiff.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lassen Sie den Rücken der Bewegung folgen; Sie müssen ihn nicht steif halten.</translation>
        </message>
        <message>
            <source>A small lean is fine on a sore day.</source>
            <extracomment>cues 2</extracomment>
            <translation>An einem schmerzhaften Tag reicht ein kleines Vorneigen.</translation>
        </message>
        <message>
            <source>Dropping forward quickly.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Schnell nach vorn fallen lassen.</translation>
        </message>
        <message>
            <source>Reaching for the floor at all costs.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Um jeden Preis den Boden erreichen wollen.</translation>
        </message>
        <message>
            <source>Pain spreads below your knee, or bending makes your pain climb a little with every rep.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz strahlt bis unter das Knie aus, oder das Vorbeugen lässt den Schmerz mit jeder Wiederholung ein wenig ansteigen.</translation>
        </message>
        <message>
            <source>Bending forward is safe; this lets you do it gently. If your mornings are stiff, bending moves may feel easier later in the day.</source>
            <extracomment>note</extracomment>
            <translation>Sich nach vorn zu beugen ist sicher; so können Sie es sanft tun. Wenn Sie morgens steif sind, fallen Beugebewegungen später am Tag vielleicht leichter.</translation>
        </message>
        <message>
            <source>firm chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>stabiler Stuhl</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_hip_hinge_reach</name>
        <message>
            <source>Hip hinge (easy forward bend)</source>
            <extracomment>name</extracomment>
            <translation>Vorneigen aus der Hüfte (Hip Hinge)</translation>
        </message>
        <message>
            <source>An easy forward bend from the hips, with your hands sliding down your thighs.</source>
            <extracomment>summary</extracomment>
            <translation>Ein leichtes Vorbeugen aus der Hüfte, die Hände gleiten an den Oberschenkeln hinunter.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart and your hands on the front of your thighs.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich hin, die Füße hüftbreit auseinander, die Hände vorn auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>Push your hips back and let your hands slide towards your knees as you bend forward. Breathe out on the way down.</source>
            <extracomment>steps 2</extracomment>
            <translation>Schieben Sie die Hüfte nach hinten und lassen Sie die Hände beim Vorbeugen Richtung Knie gleiten. Atmen Sie auf dem Weg nach unten aus.</translation>
        </message>
        <message>
            <source>Go only as deep as feels comfortable.</source>
            <extracomment>steps 3</extracomment>
            <translation>Gehen Sie nur so tief, wie es sich angenehm anfühlt.</translation>
        </message>
        <message>
            <source>Stand up again by pushing your hips forward.</source>
            <extracomment>steps 4</extracomment>
            <translation>Richten Sie sich wieder auf, indem Sie die Hüfte nach vorn schieben.</translation>
        </message>
        <message>
            <source>Keep your knees soft.</source>
            <extracomment>cues 1</extracomment>
            <translation>Halten Sie die Knie locker.</translation>
        </message>
        <message>
            <source>Most of the movement comes from your hips.</source>
            <extracomment>cues 2</extracomment>
            <translation>Der größte Teil der Bewegung kommt aus der Hüfte.</translation>
        </message>
        <message>
            <source>Locking your knees.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Knie durchstrecken.</translation>
        </message>
        <message>
            <source>Bouncing.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Wippen.</translation>
        </message>
        <message>
            <source>Reaching for the floor at all costs.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Um jeden Preis den Boden erreichen wollen.</translation>
        </message>
        <message>
            <source>Pain spreads below your knee, or bending makes your pain climb with each rep.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz strahlt bis unter das Knie aus, oder das Vorbeugen lässt den Schmerz mit jeder Wiederholung ansteigen.</translation>
        </message>
        <message>
            <source>Bending forward is a normal, safe movement; build up your range little by little. If your back is stiffest in the morning, bending exercises may feel better later in the day.</source>
            <extracomment>note</extracomment>
            <translation>Sich nach vorn zu beugen ist eine normale, sichere Bewegung; vergrößern Sie den Bewegungsumfang nach und nach. Wenn Ihr Rücken morgens am steifsten ist, fühlen sich Beugeübungen später am Tag vielleicht besser an.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_split_stance_shift</name>
        <message>
            <source>Supported split-stance weight shift</source>
            <extracomment>name</extracomment>
            <translation>Gewichtsverlagerung in Schrittstellung</translation>
        </message>
        <message>
            <source>Stand with one foot ahead and rock your weight forward and back: the first step towards the lunge, without bending deep.</source>
            <extracomment>summary</extracomment>
            <translation>Stellen Sie einen Fuß nach vorn und verlagern Sie Ihr Gewicht vor und zurück: der erste Schritt zum Ausfallschritt, ohne tief in die Knie zu gehen.</translation>
        </message>
        <message>
            <source>Stand beside a chair or a wall and hold it lightly. Step one foot a comfortable stride ahead, back heel lifted.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich neben einen Stuhl oder eine Wand und halten Sie sich leicht fest. Setzen Sie einen Fuß eine angenehme Schrittlänge nach vorn, die hintere Ferse ist angehoben.</translation>
        </message>
        <message>
            <source>Keeping your trunk upright, shift your weight slowly onto the front foot, letting the front knee bend a little.</source>
            <extracomment>steps 2</extracomment>
            <translation>Halten Sie den Oberkörper aufrecht und verlagern Sie Ihr Gewicht langsam auf den vorderen Fuß; das vordere Knie darf sich dabei etwas beugen.</translation>
        </message>
        <message>
            <source>Shift back onto the back foot.</source>
            <extracomment>steps 3</extracomment>
            <translation>Verlagern Sie das Gewicht zurück auf den hinteren Fuß.</translation>
        </message>
        <message>
            <source>Do all the reps on one side, then swap feet.</source>
            <extracomment>steps 4</extracomment>
            <translation>Machen Sie alle Wiederholungen auf einer Seite, dann wechseln Sie die Füße.</translation>
        </message>
        <message>
            <source>Trunk upright; the front knee points over your toes.</source>
            <extracomment>cues 1</extracomment>
            <translation>Oberkörper aufrecht; das vordere Knie zeigt über die Zehen.</translation>
        </message>
        <message>
            <source>Keep the stride short at first.</source>
            <extracomment>cues 2</extracomment>
            <translation>Halten Sie den Schritt anfangs kurz.</translation>
        </message>
        <message>
            <source>Leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich nach vorn lehnen.</translation>
        </message>
        <message>
            <source>Letting the front knee fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Das vordere Knie nach innen fallen lassen.</translation>
        </message>
        <message>
            <source>Your knee hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Knie schmerzt, oder der Rückenschmerz wird stechend.</translation>
        </message>
        <message>
            <source>Builds the balance and leg strength for the split-stance lunge, with a small knee bend and no overhead reach.</source>
            <extracomment>note</extracomment>
            <translation>Baut Gleichgewicht und Beinkraft für den Ausfallschritt auf – mit wenig Kniebeugung und ohne Armzug über den Kopf.</translation>
        </message>
        <message>
            <source>chair or wall for balance</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl oder Wand für das Gleichgewicht</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_lunge_reach</name>
        <message>
            <source>Supported split-stance lunge with reach</source>
            <extracomment>name</extracomment>
            <translation>Ausfallschritt mit Halt und Armzug</translation>
        </message>
        <message>
            <source>A short, supported lunge with an overhead reach that stretches the front of the hip.</source>
            <extracomment>summary</extracomment>
            <translation>Ein kurzer Ausfallschritt mit Halt und einem Armzug über den Kopf, der die Vorderseite der Hüfte dehnt.</translation>
        </message>
        <message>
            <source>Stand in a split stance, one foot a long step ahead of the other. Hold a chair with one hand if you like.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich in Schrittstellung, ein Fuß einen langen Schritt vor dem anderen. Halten Sie sich mit einer Hand an einem Stuhl fest, wenn Sie möchten.</translation>
        </message>
        <message>
            <source>Bend both knees to lower a short way, keeping your trunk upright.</source>
            <extracomment>steps 2</extracomment>
            <translation>Beugen Sie beide Knie und gehen Sie ein kleines Stück nach unten; der Oberkörper bleibt aufrecht.</translation>
        </message>
        <message>
            <source>As you lower, reach your free arm up overhead: the arm on the same side as your back leg.</source>
            <extracomment>steps 3</extracomment>
            <translation>Strecken Sie beim Absenken den freien Arm nach oben über den Kopf: den Arm auf der Seite Ihres hinteren Beins.</translation>
        </message>
        <message>
            <source>Push back up. Do all the reps on one side, then switch.</source>
            <extracomment>steps 4</extracomment>
            <translation>Drücken Sie sich wieder nach oben. Machen Sie alle Wiederholungen auf einer Seite, dann wechseln Sie.</translation>
        </message>
        <message>
            <source>How deep you go is up to you.</source>
            <extracomment>cues 1</extracomment>
            <translation>Wie tief Sie gehen, entscheiden Sie selbst.</translation>
        </message>
        <message>
            <source>Your front knee points over your toes.</source>
            <extracomment>cues 2</extracomment>
            <translation>Ihr vorderes Knie zeigt über die Zehen.</translation>
        </message>
        <message>
            <source>Leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich nach vorn lehnen.</translation>
        </message>
        <message>
            <source>Letting your front knee fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Das vordere Knie nach innen fallen lassen.</translation>
        </message>
        <message>
            <source>Going too deep too soon.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Zu früh zu tief gehen.</translation>
        </message>
        <message>
            <source>Your knee hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Knie schmerzt, oder der Rückenschmerz wird stechend.</translation>
        </message>
        <message>
            <source>Lunges strengthen your legs too, so expect your thighs to work.</source>
            <extracomment>note</extracomment>
            <translation>Ausfallschritte kräftigen auch Ihre Beine; rechnen Sie also damit, dass Ihre Oberschenkel arbeiten.</translation>
        </message>
        <message>
            <source>chair or wall for balance</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl oder Wand für das Gleichgewicht</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_cat_camel</name>
        <message>
            <source>Seated cat–camel</source>
            <extracomment>name</extracomment>
            <translation>Katze-Kuh im Sitzen</translation>
        </message>
        <message>
            <source>Round and arch your back gently while you sit, hands on your knees: cat–camel without kneeling.</source>
            <extracomment>summary</extracomment>
            <translation>Runden und strecken Sie den Rücken sanft im Sitzen, die Hände auf den Knien: Katze-Kuh, ohne zu knien.</translation>
        </message>
        <message>
            <source>Sit towards the front of a chair, feet flat, hands resting on your knees.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf die vordere Hälfte eines Stuhls, die Füße flach, die Hände auf den Knien.</translation>
        </message>
        <message>
            <source>Breathe out and slowly round your back, letting your head and shoulders curl forward.</source>
            <extracomment>steps 2</extracomment>
            <translation>Atmen Sie aus und runden Sie langsam den Rücken; lassen Sie Kopf und Schultern dabei nach vorn sinken.</translation>
        </message>
        <message>
            <source>Breathe in and slowly lift your chest, letting your back arch a little as you look ahead.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie ein und heben Sie langsam das Brustbein; lassen Sie den Rücken dabei ein wenig ins Hohlkreuz gehen und schauen Sie nach vorn.</translation>
        </message>
        <message>
            <source>Move smoothly between the two, without pausing at the ends.</source>
            <extracomment>steps 4</extracomment>
            <translation>Bewegen Sie sich fließend zwischen beiden Positionen, ohne an den Endpunkten zu verharren.</translation>
        </message>
        <message>
            <source>This is about easy motion, not a hard stretch.</source>
            <extracomment>cues 1</extracomment>
            <translation>Es geht um lockere Bewegung, nicht um eine starke Dehnung.</translation>
        </message>
        <message>
            <source>Forcing the end positions.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Endpositionen erzwingen.</translation>
        </message>
        <message>
            <source>Moving only your neck.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Nur den Nacken bewegen.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Hetzen.</translation>
        </message>
        <message>
            <source>Your pain sharpens or spreads into a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Schmerz wird stechend oder strahlt ins Bein aus.</translation>
        </message>
        <message>
            <source>For days when kneeling on all fours is hard on your wrists or knees. It also moves your upper back without a chair back pressing on it.</source>
            <extracomment>note</extracomment>
            <translation>Für Tage, an denen der Vierfüßlerstand Ihre Handgelenke oder Knie belastet. Außerdem bewegt es Ihren oberen Rücken, ohne dass eine Stuhllehne dagegen drückt.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_cat_camel</name>
        <message>
            <source>Cat–camel (cat–cow)</source>
            <extracomment>name</extracomment>
            <translation>Katze-Kuh (Katzenbuckel)</translation>
        </message>
        <message>
            <source>Slowly round and arch your back on all fours to ease stiffness.</source>
            <extracomment>summary</extracomment>
            <translation>Runden und strecken Sie den Rücken langsam im Vierfüßlerstand, um Steifheit zu lösen.</translation>
        </message>
        <message>
            <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
            <extracomment>steps 1</extracomment>
            <translation>Gehen Sie in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften.</translation>
        </message>
        <message>
            <source>Slowly round your back up towards the ceiling and let your head drop.</source>
            <extracomment>steps 2</extracomment>
            <translation>Runden Sie den Rücken langsam zur Decke hin und lassen Sie den Kopf sinken.</translation>
        </message>
        <message>
            <source>Then slowly let your back sag into a gentle arch as you look forward.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lassen Sie den Rücken dann langsam in ein sanftes Hohlkreuz sinken und schauen Sie nach vorn.</translation>
        </message>
        <message>
            <source>Move smoothly between the two without stopping at the ends.</source>
            <extracomment>steps 4</extracomment>
            <translation>Bewegen Sie sich fließend zwischen beiden Positionen, ohne an den Endpunkten anzuhalten.</translation>
        </message>
        <message>
            <source>This is about easy motion, not a hard stretch.</source>
            <extracomment>cues 1</extracomment>
            <translation>Es geht um lockere Bewegung, nicht um eine starke Dehnung.</translation>
        </message>
        <message>
            <source>Forcing the end positions.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Endpositionen erzwingen.</translation>
        </message>
        <message>
            <source>Moving only your neck.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Nur den Nacken bewegen.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Hetzen.</translation>
        </message>
        <message>
            <source>Your wrists or knees complain (rest on your fists or a cushion), or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Handgelenke oder Knie melden sich (stützen Sie sich auf die Fäuste oder legen Sie ein Kissen unter), oder Ihr Schmerz wird stechend.</translation>
        </message>
        <message>
            <source>Gentle movement for the whole spine, and a classic warm-up before trunk exercises.</source>
            <extracomment>note</extracomment>
            <translation>Sanfte Bewegung für die ganze Wirbelsäule und ein klassisches Aufwärmen vor Rumpfübungen.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>cushion under the knees</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen unter den Knien</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_knee_rolls</name>
        <message>
            <source>Lying knee rolls</source>
            <extracomment>name</extracomment>
            <translation>Knie zur Seite kippen (Rückenlage)</translation>
        </message>
        <message>
            <source>Let your bent knees roll slowly from side to side while you lie on your back.</source>
            <extracomment>summary</extracomment>
            <translation>Lassen Sie in Rückenlage die gebeugten Knie langsam von einer Seite zur anderen kippen.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and together, feet flat and arms out to the sides.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt und geschlossen, die Füße flach, die Arme seitlich ausgestreckt.</translation>
        </message>
        <message>
            <source>Let both knees roll slowly to one side, as far as is comfortable, with your shoulders staying down.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lassen Sie beide Knie langsam zu einer Seite kippen, so weit, wie es angenehm ist; die Schultern bleiben am Boden.</translation>
        </message>
        <message>
            <source>Bring them back through the middle and roll to the other side.</source>
            <extracomment>steps 3</extracomment>
            <translation>Führen Sie sie über die Mitte zurück und kippen Sie sie zur anderen Seite.</translation>
        </message>
        <message>
            <source>A small range is fine on a sore day.</source>
            <extracomment>cues 1</extracomment>
            <translation>An einem schmerzhaften Tag reicht ein kleiner Bewegungsumfang.</translation>
        </message>
        <message>
            <source>Letting your knees drop quickly to the floor.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Knie schnell zum Boden fallen lassen.</translation>
        </message>
        <message>
            <source>Lifting the opposite shoulder.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die gegenüberliegende Schulter anheben.</translation>
        </message>
        <message>
            <source>Pain spreads into a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz strahlt ins Bein aus.</translation>
        </message>
        <message>
            <source>A friendly choice for flare-up days.</source>
            <extracomment>note</extracomment>
            <translation>Eine gute Wahl für Tage mit einem Schmerzschub.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise post_ankle_pumps</name>
        <message>
            <source>Ankle pumps (dorsiflexion and plantarflexion)</source>
            <extracomment>name</extracomment>
            <translation>Fußwippe (Dorsal- und Plantarflexion)</translation>
        </message>
        <message>
            <source>Pull your feet up and point them away to keep your legs moving while you sit.</source>
            <extracomment>summary</extracomment>
            <translation>Ziehen Sie die Füße hoch und strecken Sie sie weg, damit Ihre Beine im Sitzen in Bewegung bleiben.</translation>
        </message>
        <message>
            <source>Sit upright with your feet on the floor, or with your legs stretched out.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich aufrecht hin, die Füße auf dem Boden oder die Beine ausgestreckt.</translation>
        </message>
        <message>
            <source>Pull your toes and the top of your foot up towards your shin. This ankle movement is called dorsiflexion.</source>
            <extracomment>steps 2</extracomment>
            <translation>Ziehen Sie die Zehen und den Fußrücken zum Schienbein hoch. Diese Bewegung im Sprunggelenk heißt Dorsalflexion.</translation>
        </message>
        <message>
            <source>Point your foot away from you. This is called plantarflexion.</source>
            <extracomment>steps 3</extracomment>
            <translation>Strecken Sie den Fuß von sich weg. Das heißt Plantarflexion.</translation>
        </message>
        <message>
            <source>Keep a steady, easy rhythm.</source>
            <extracomment>steps 4</extracomment>
            <translation>Halten Sie einen gleichmäßigen, lockeren Rhythmus.</translation>
        </message>
        <message>
            <source>Only your ankles move; your knees stay still.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nur die Sprunggelenke bewegen sich; die Knie bleiben ruhig.</translation>
        </message>
        <message>
            <source>Bending your knees instead of moving your ankles.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Knie beugen, statt die Sprunggelenke zu bewegen.</translation>
        </message>
        <message>
            <source>Your calf cramps, or it is swollen, painful, warm or red. Swelling, pain, warmth or redness can be a blood clot: contact a doctor the same day.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Wade verkrampft, oder sie ist geschwollen, schmerzhaft, warm oder gerötet. Schwellung, Schmerz, Wärme oder Rötung können auf ein Blutgerinnsel (Thrombose) hinweisen: Holen Sie noch am selben Tag ärztlichen Rat ein.</translation>
        </message>
        <message>
            <source>Dorsiflexion is an ankle movement: the foot comes up towards the shin. It has nothing to do with bending your knees. Ankle pumps are a quick, easy way to keep moving during a desk break.</source>
            <extracomment>note</extracomment>
            <translation>Dorsalflexion ist eine Bewegung im Sprunggelenk: Der Fuß kommt zum Schienbein hoch. Mit dem Beugen der Knie hat sie nichts zu tun. Die Fußwippe ist eine schnelle, einfache Art, in einer Schreibtischpause in Bewegung zu bleiben.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl</translation>
        </message>
    </context>
    <context>
        <name>exercise post_reach_up</name>
        <message>
            <source>Standing reach up</source>
            <extracomment>name</extracomment>
            <translation>Im Stehen nach oben strecken</translation>
        </message>
        <message>
            <source>Stand tall and reach both arms up: a gentle lengthening after sitting, without leaning back.</source>
            <extracomment>summary</extracomment>
            <translation>Stehen Sie aufrecht und strecken Sie beide Arme nach oben: ein sanftes Längerwerden nach dem Sitzen, ohne sich nach hinten zu lehnen.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart and your knees soft.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich hin, die Füße hüftbreit auseinander, die Knie locker.</translation>
        </message>
        <message>
            <source>Breathe in and raise both arms in front of you and up overhead, as high as is comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Atmen Sie ein und heben Sie beide Arme vor dem Körper nach oben über den Kopf, so hoch, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Grow tall through your trunk without leaning back, and look straight ahead.</source>
            <extracomment>steps 3</extracomment>
            <translation>Richten Sie den Oberkörper lang auf, ohne sich nach hinten zu lehnen, und schauen Sie geradeaus.</translation>
        </message>
        <message>
            <source>Breathe out and lower your arms slowly.</source>
            <extracomment>steps 4</extracomment>
            <translation>Atmen Sie aus und senken Sie die Arme langsam.</translation>
        </message>
        <message>
            <source>Reach up, not back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nach oben strecken, nicht nach hinten.</translation>
        </message>
        <message>
            <source>Arching your lower back to get your arms higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ins Hohlkreuz gehen, um die Arme höher zu bekommen.</translation>
        </message>
        <message>
            <source>Tipping your head back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Kopf in den Nacken legen.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Schultern hochziehen.</translation>
        </message>
        <message>
            <source>Your shoulder pinches, or pain moves into your buttock or leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Schulter zwickt, oder der Schmerz zieht ins Gesäß oder ins Bein.</translation>
        </message>
        <message>
            <source>A gentler option on days when leaning backwards doesn't feel good: it stretches you out tall after sitting without bending your back.</source>
            <extracomment>note</extracomment>
            <translation>Eine sanftere Wahl für Tage, an denen sich das Zurücklehnen nicht gut anfühlt: Es streckt Sie nach dem Sitzen lang, ohne dass Sie den Rücken biegen.</translation>
        </message>
    </context>
    <context>
        <name>exercise post_standing_extension</name>
        <message>
            <source>Standing back extension</source>
            <extracomment>name</extracomment>
            <translation>Rückbeuge im Stehen</translation>
        </message>
        <message>
            <source>Lean gently backwards with your hands on your hips: a good counter-move after sitting.</source>
            <extracomment>summary</extracomment>
            <translation>Lehnen Sie sich mit den Händen an den Hüften sanft nach hinten: eine gute Gegenbewegung nach dem Sitzen.</translation>
        </message>
        <message>
            <source>Stand with your feet apart and your hands on the back of your hips, fingers pointing down.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich hin, die Füße etwas auseinander, und legen Sie die Hände hinten an die Hüften, die Finger zeigen nach unten.</translation>
        </message>
        <message>
            <source>Lean gently backwards, letting your hands support your pelvis. Look ahead, not up.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lehnen Sie sich sanft nach hinten und lassen Sie Ihre Hände das Becken stützen. Schauen Sie nach vorn, nicht nach oben.</translation>
        </message>
        <message>
            <source>Come back to upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Kommen Sie zurück in die aufrechte Position.</translation>
        </message>
        <message>
            <source>Repeat smoothly. Go a little further only if it feels fine.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wiederholen Sie die Bewegung fließend. Gehen Sie nur dann etwas weiter, wenn es sich gut anfühlt.</translation>
        </message>
        <message>
            <source>Your hips can move slightly forward as you lean.</source>
            <extracomment>cues 1</extracomment>
            <translation>Ihre Hüfte darf sich beim Zurücklehnen etwas nach vorn schieben.</translation>
        </message>
        <message>
            <source>Tipping your head back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Den Kopf in den Nacken legen.</translation>
        </message>
        <message>
            <source>Forcing the range.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Bewegungsumfang erzwingen.</translation>
        </message>
        <message>
            <source>Locking your knees.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Knie durchstrecken.</translation>
        </message>
        <message>
            <source>Pain moves further into your buttock or leg, or you feel dizzy.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz breitet sich weiter ins Gesäß oder ins Bein aus, oder Ihnen wird schwindelig.</translation>
        </message>
        <message>
            <source>A gentle backward bend, handy after a long spell of sitting or at the end of a walk.</source>
            <extracomment>note</extracomment>
            <translation>Eine sanfte Rückbeuge, praktisch nach langem Sitzen oder am Ende eines Spaziergangs.</translation>
        </message>
    </context>
    <context>
        <name>exercise post_prone_lying</name>
        <message>
            <source>Lying on your front</source>
            <extracomment>name</extracomment>
            <translation>Bauchlage</translation>
        </message>
        <message>
            <source>Rest on your front with your arms by your sides: the gentlest start for back-arching moves.</source>
            <extracomment>summary</extracomment>
            <translation>Ruhen Sie in Bauchlage, die Arme neben dem Körper: der sanfteste Einstieg in Übungen mit Rückbeuge.</translation>
        </message>
        <message>
            <source>Lie on your front with your arms by your sides, or with your hands under your forehead. A thin pillow under your belly can make it easier at first.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Bauch, die Arme neben dem Körper oder die Hände unter der Stirn. Ein dünnes Kissen unter dem Bauch kann es anfangs leichter machen.</translation>
        </message>
        <message>
            <source>Turn your head to one side if that is more comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Drehen Sie den Kopf zur Seite, wenn das angenehmer ist.</translation>
        </message>
        <message>
            <source>Let your whole body sink into the floor and breathe slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lassen Sie den ganzen Körper in den Boden sinken und atmen Sie langsam.</translation>
        </message>
        <message>
            <source>To get up, roll onto your side first.</source>
            <extracomment>steps 4</extracomment>
            <translation>Rollen Sie sich zum Aufstehen zuerst auf die Seite.</translation>
        </message>
        <message>
            <source>Nothing to do but let go.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nichts tun, nur loslassen.</translation>
        </message>
        <message>
            <source>Tensing your buttocks or your back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Gesäß oder Rücken anspannen.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Your pain increases or spreads into a leg. Leave out back-arching moves for today.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Schmerz nimmt zu oder strahlt ins Bein aus. Lassen Sie Übungen mit Rückbeuge für heute weg.</translation>
        </message>
        <message>
            <source>If this feels fine for a minute or two, try the sphinx next, propped up on your forearms. If lying on your front is uncomfortable, choose whichever position eases your back.</source>
            <extracomment>note</extracomment>
            <translation>Wenn sich das ein bis zwei Minuten lang gut anfühlt, versuchen Sie als Nächstes die Sphinx, auf die Unterarme gestützt. Wenn die Bauchlage unangenehm ist, wählen Sie die Position, die Ihren Rücken entlastet.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>thin pillow (optional)</source>
            <extracomment>equipment 2</extracomment>
            <translation>dünnes Kissen (optional)</translation>
        </message>
    </context>
    <context>
        <name>exercise post_sphinx</name>
        <message>
            <source>Sphinx (lying on elbows)</source>
            <extracomment>name</extracomment>
            <translation>Sphinx (Bauchlage auf den Unterarmen)</translation>
        </message>
        <message>
            <source>Rest on your forearms with your belly on the floor and let your back settle into a gentle curve.</source>
            <extracomment>summary</extracomment>
            <translation>Stützen Sie sich auf die Unterarme, der Bauch bleibt am Boden, und lassen Sie Ihren Rücken in eine sanfte Krümmung sinken.</translation>
        </message>
        <message>
            <source>Lie on your front and prop yourself up on your forearms, elbows under your shoulders.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Bauch und stützen Sie sich auf die Unterarme, die Ellbogen unter den Schultern.</translation>
        </message>
        <message>
            <source>Let your belly and hips stay relaxed on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lassen Sie Bauch und Hüften entspannt am Boden liegen.</translation>
        </message>
        <message>
            <source>Breathe slowly and let your lower back settle into its gentle curve.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie langsam und lassen Sie den unteren Rücken in seine sanfte Krümmung sinken.</translation>
        </message>
        <message>
            <source>Lower down and lie flat to rest between holds.</source>
            <extracomment>steps 4</extracomment>
            <translation>Legen Sie sich zwischen den Haltephasen flach ab, um sich auszuruhen.</translation>
        </message>
        <message>
            <source>Relax rather than push up.</source>
            <extracomment>cues 1</extracomment>
            <translation>Entspannen statt hochdrücken.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Schultern hochziehen.</translation>
        </message>
        <message>
            <source>Clenching your buttocks.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Gesäßmuskeln anspannen.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Your pain increases or spreads into a leg. Leave out back-arching moves for today.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Schmerz nimmt zu oder strahlt ins Bein aus. Lassen Sie Übungen mit Rückbeuge für heute weg.</translation>
        </message>
        <message>
            <source>Also a yoga pose. Some people feel better arching back, others bending forward: use whichever eases your back.</source>
            <extracomment>note</extracomment>
            <translation>Auch eine Yogahaltung. Manchen Menschen tut die Rückbeuge gut, anderen das Vorbeugen: Wählen Sie, was Ihren Rücken entlastet.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise post_press_up</name>
        <message>
            <source>Prone press-up</source>
            <extracomment>name</extracomment>
            <translation>Hochdrücken aus der Bauchlage</translation>
        </message>
        <message>
            <source>Press up with your arms while your hips and back stay relaxed on the floor.</source>
            <extracomment>summary</extracomment>
            <translation>Drücken Sie sich mit den Armen hoch, während Hüften und Rücken entspannt am Boden bleiben.</translation>
        </message>
        <message>
            <source>Lie on your front with your hands under your shoulders.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Bauch, die Hände unter den Schultern.</translation>
        </message>
        <message>
            <source>Push up through your arms, keeping your hips and belly relaxed on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Drücken Sie sich mit den Armen hoch; Hüften und Bauch bleiben entspannt am Boden.</translation>
        </message>
        <message>
            <source>Straighten your arms only as far as is comfortable, and pause briefly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Strecken Sie die Arme nur so weit, wie es angenehm ist, und halten Sie kurz inne.</translation>
        </message>
        <message>
            <source>Lower slowly.</source>
            <extracomment>steps 4</extracomment>
            <translation>Senken Sie sich langsam wieder ab.</translation>
        </message>
        <message>
            <source>Your back muscles stay relaxed; your arms do the work.</source>
            <extracomment>cues 1</extracomment>
            <translation>Ihre Rückenmuskeln bleiben entspannt; die Arme machen die Arbeit.</translation>
        </message>
        <message>
            <source>Lifting your hips.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Hüften anheben.</translation>
        </message>
        <message>
            <source>Tensing your buttocks.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Gesäßmuskeln anspannen.</translation>
        </message>
        <message>
            <source>Forcing your arms fully straight.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Arme mit Gewalt ganz durchstrecken.</translation>
        </message>
        <message>
            <source>Pain spreads further into your leg, or tingling starts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz breitet sich weiter ins Bein hinunter aus, oder es beginnt zu kribbeln.</translation>
        </message>
        <message>
            <source>The next step up from the sphinx.</source>
            <extracomment>note</extracomment>
            <translation>Der nächste Schritt nach der Sphinx.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise post_thoracic_chair</name>
        <message>
            <source>Seated upper-back extension over chair</source>
            <extracomment>name</extracomment>
            <translation>Oberen Rücken über Stuhllehne strecken</translation>
        </message>
        <message>
            <source>Lean your upper back gently over the back of a chair to ease a stiff, rounded upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Lehnen Sie den oberen Rücken sanft über die Stuhllehne, um einen steifen, runden oberen Rücken zu lockern.</translation>
        </message>
        <message>
            <source>Sit well back in a firm chair, so the top of the backrest meets the middle of your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich weit hinten auf einen stabilen Stuhl, sodass die Oberkante der Lehne die Mitte Ihres Rückens erreicht.</translation>
        </message>
        <message>
            <source>Support your head with your hands, elbows pointing forward.</source>
            <extracomment>steps 2</extracomment>
            <translation>Stützen Sie den Kopf mit den Händen, die Ellbogen zeigen nach vorn.</translation>
        </message>
        <message>
            <source>Gently lean your upper back over the backrest, then come back upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lehnen Sie den oberen Rücken sanft über die Lehne und kommen Sie wieder in die aufrechte Position.</translation>
        </message>
        <message>
            <source>Sit a little higher or lower to change where you bend.</source>
            <extracomment>steps 4</extracomment>
            <translation>Setzen Sie sich etwas höher oder tiefer, um die Stelle zu verändern, an der Sie sich beugen.</translation>
        </message>
        <message>
            <source>The movement happens in your upper back, not your lower back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Die Bewegung findet im oberen Rücken statt, nicht im unteren.</translation>
        </message>
        <message>
            <source>Arching your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Pulling on your neck.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Am Nacken ziehen.</translation>
        </message>
        <message>
            <source>Your neck or ribs hurt.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Nacken oder Ihre Rippen schmerzen.</translation>
        </message>
        <message>
            <source>Your upper back (the thoracic spine) naturally has a gentle rounded curve, called kyphosis. Long hours at a desk can leave it stiff; this moves it gently the other way.</source>
            <extracomment>note</extracomment>
            <translation>Ihr oberer Rücken (die Brustwirbelsäule) hat von Natur aus eine sanft gerundete Krümmung, die Kyphose. Lange Stunden am Schreibtisch können ihn steif machen; diese Übung bewegt ihn sanft in die Gegenrichtung.</translation>
        </message>
        <message>
            <source>chair with a firm back at shoulder-blade height</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl mit fester Lehne auf Schulterblatthöhe</translation>
        </message>
    </context>
    <context>
        <name>exercise post_wall_angel</name>
        <message>
            <source>Wall slides with chin nod</source>
            <extracomment>name</extracomment>
            <translation>Wandgleiten mit Kopfnicken</translation>
        </message>
        <message>
            <source>Slide your forearms up a wall with a gentle chin nod to open your upper back and shoulders.</source>
            <extracomment>summary</extracomment>
            <translation>Schieben Sie die Unterarme an einer Wand nach oben, mit einem sanften Kopfnicken, um oberen Rücken und Schultern zu öffnen.</translation>
        </message>
        <message>
            <source>Stand with your back to a wall, feet a small step away from it and knees soft.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich mit dem Rücken zur Wand, die Füße eine kleine Schrittlänge von ihr entfernt, die Knie locker.</translation>
        </message>
        <message>
            <source>Make a gentle chin nod, so the back of your head lengthens up towards the wall. Touching the wall is optional.</source>
            <extracomment>steps 2</extracomment>
            <translation>Nicken Sie sanft mit dem Kinn, sodass sich Ihr Hinterkopf nach oben und zur Wand hin streckt. Die Wand zu berühren ist nicht nötig.</translation>
        </message>
        <message>
            <source>Place your forearms against the wall in a goalpost shape and slide them up as far as is comfortable.</source>
            <extracomment>steps 3</extracomment>
            <translation>Legen Sie die Unterarme in U-Form an die Wand und schieben Sie sie so weit nach oben, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Slide them back down, keeping your ribs relaxed.</source>
            <extracomment>steps 4</extracomment>
            <translation>Schieben Sie sie wieder nach unten; die Rippen bleiben entspannt.</translation>
        </message>
        <message>
            <source>Comfort first: touching the wall is not the goal.</source>
            <extracomment>cues 1</extracomment>
            <translation>Wohlbefinden geht vor: Die Wand zu berühren ist nicht das Ziel.</translation>
        </message>
        <message>
            <source>Arching your lower back to get your arms higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ins Hohlkreuz gehen, um die Arme höher zu bekommen.</translation>
        </message>
        <message>
            <source>Poking your chin forward.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Das Kinn nach vorn schieben.</translation>
        </message>
        <message>
            <source>Your shoulder pinches or hurts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Schulter zwickt oder schmerzt.</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 1</extracomment>
            <translation>Wand</translation>
        </message>
    </context>
    <context>
        <name>exercise post_sit_to_stand_supported</name>
        <message>
            <source>Sit-to-stand with hand support</source>
            <extracomment>name</extracomment>
            <translation>Aufstehen vom Stuhl mit Handstütz</translation>
        </message>
        <message>
            <source>Stand up from a higher seat, pushing with your hands: the sit-to-stand made lighter.</source>
            <extracomment>summary</extracomment>
            <translation>Stehen Sie von einem höheren Sitz auf und drücken Sie sich dabei mit den Händen ab: das Aufstehen, leichter gemacht.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair with armrests, or raise the seat with a firm cushion. Feet hip-width apart, slightly behind your knees.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf die vordere Hälfte eines stabilen Stuhls mit Armlehnen oder erhöhen Sie den Sitz mit einem festen Kissen. Die Füße hüftbreit auseinander, etwas hinter den Knien.</translation>
        </message>
        <message>
            <source>Put your hands on the armrests or on your thighs, and lean forward from your hips.</source>
            <extracomment>steps 2</extracomment>
            <translation>Legen Sie die Hände auf die Armlehnen oder auf die Oberschenkel und neigen Sie sich aus der Hüfte nach vorn.</translation>
        </message>
        <message>
            <source>Push through your feet and hands to stand up fully.</source>
            <extracomment>steps 3</extracomment>
            <translation>Drücken Sie sich mit Füßen und Händen ab und stehen Sie ganz auf.</translation>
        </message>
        <message>
            <source>Sit back down slowly, reaching your hips back and using your hands to control the landing.</source>
            <extracomment>steps 4</extracomment>
            <translation>Setzen Sie sich langsam wieder hin, indem Sie die Hüfte nach hinten schieben und die Landung mit den Händen abbremsen.</translation>
        </message>
        <message>
            <source>The higher the seat and the more you push with your hands, the lighter it is.</source>
            <extracomment>cues 1</extracomment>
            <translation>Je höher der Sitz und je mehr Sie mit den Händen drücken, desto leichter ist es.</translation>
        </message>
        <message>
            <source>Dropping into the chair.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich auf den Stuhl fallen lassen.</translation>
        </message>
        <message>
            <source>Letting your knees fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Knie nach innen fallen lassen.</translation>
        </message>
        <message>
            <source>You feel dizzy when you stand, or your knees hurt.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihnen wird beim Aufstehen schwindelig, oder Ihre Knie schmerzen.</translation>
        </message>
        <message>
            <source>As your legs get stronger, push less with your hands or use a lower seat, until you can stand up without them.</source>
            <extracomment>note</extracomment>
            <translation>Wenn Ihre Beine kräftiger werden, drücken Sie weniger mit den Händen oder nehmen Sie einen niedrigeren Sitz, bis Sie ohne Hände aufstehen können.</translation>
        </message>
        <message>
            <source>firm chair with armrests, or a higher seat</source>
            <extracomment>equipment 1</extracomment>
            <translation>stabiler Stuhl mit Armlehnen oder ein höherer Sitz</translation>
        </message>
    </context>
    <context>
        <name>exercise post_sit_to_stand</name>
        <message>
            <source>Sit-to-stand</source>
            <extracomment>name</extracomment>
            <translation>Aufstehen vom Stuhl</translation>
        </message>
        <message>
            <source>Stand up from a chair and sit back down with control: everyday strength for your legs and hips.</source>
            <extracomment>summary</extracomment>
            <translation>Stehen Sie von einem Stuhl auf und setzen Sie sich kontrolliert wieder hin: Alltagskraft für Beine und Hüften.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair, feet hip-width apart and slightly behind your knees.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf die vordere Hälfte eines stabilen Stuhls, die Füße hüftbreit auseinander und etwas hinter den Knien.</translation>
        </message>
        <message>
            <source>Lean forward from your hips and stand up, pushing through your whole foot.</source>
            <extracomment>steps 2</extracomment>
            <translation>Neigen Sie sich aus der Hüfte nach vorn und stehen Sie auf; drücken Sie sich dabei über den ganzen Fuß ab.</translation>
        </message>
        <message>
            <source>Stand up fully.</source>
            <extracomment>steps 3</extracomment>
            <translation>Richten Sie sich ganz auf.</translation>
        </message>
        <message>
            <source>Sit back down slowly, reaching your hips back.</source>
            <extracomment>steps 4</extracomment>
            <translation>Setzen Sie sich langsam wieder hin, indem Sie die Hüfte nach hinten schieben.</translation>
        </message>
        <message>
            <source>Use your arms to help at first if you need to.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nehmen Sie anfangs die Arme zu Hilfe, wenn Sie es brauchen.</translation>
        </message>
        <message>
            <source>Dropping into the chair.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich auf den Stuhl fallen lassen.</translation>
        </message>
        <message>
            <source>Letting your knees fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Knie nach innen fallen lassen.</translation>
        </message>
        <message>
            <source>Rounding sharply to get up.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Sich zum Aufstehen stark rund machen.</translation>
        </message>
        <message>
            <source>You feel dizzy when you stand, or your knees hurt.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihnen wird beim Aufstehen schwindelig, oder Ihre Knie schmerzen.</translation>
        </message>
        <message>
            <source>It builds the strength you use every day to bend and lift with your hips, and the confidence to do it.</source>
            <extracomment>note</extracomment>
            <translation>Die Übung baut die Kraft auf, mit der Sie sich jeden Tag aus der Hüfte bücken und etwas heben – und das Vertrauen, es zu tun.</translation>
        </message>
        <message>
            <source>firm chair without wheels</source>
            <extracomment>equipment 1</extracomment>
            <translation>stabiler Stuhl ohne Rollen</translation>
        </message>
    </context>
    <context>
        <name>exercise post_hip_flexor_standing</name>
        <message>
            <source>Standing hip flexor stretch</source>
            <extracomment>name</extracomment>
            <translation>Hüftbeugerdehnung im Stehen</translation>
        </message>
        <message>
            <source>Stretch the front of your hip in a standing split stance, holding a chair: no kneeling needed.</source>
            <extracomment>summary</extracomment>
            <translation>Dehnen Sie die Vorderseite der Hüfte in Schrittstellung im Stehen, mit Halt an einem Stuhl: ganz ohne Knien.</translation>
        </message>
        <message>
            <source>Stand beside a chair or wall and hold it lightly. Step one foot back, heel lifted, both feet pointing forward.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich neben einen Stuhl oder eine Wand und halten Sie sich leicht fest. Setzen Sie einen Fuß nach hinten, die Ferse angehoben, beide Füße zeigen nach vorn.</translation>
        </message>
        <message>
            <source>Gently tuck your pelvis under, tail pointing down, until you feel a mild stretch at the front of the back hip.</source>
            <extracomment>steps 2</extracomment>
            <translation>Richten Sie das Becken sanft auf (das Steißbein zeigt nach unten), bis Sie vorn an der hinteren Hüfte eine leichte Dehnung spüren.</translation>
        </message>
        <message>
            <source>Bend the front knee a little to ease your hips forward, keep your trunk upright, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Beugen Sie das vordere Knie etwas, um die Hüfte nach vorn zu bringen, bleiben Sie mit dem Oberkörper aufrecht und halten Sie die Position.</translation>
        </message>
        <message>
            <source>Do the holds on this side, then swap legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Machen Sie alle Haltephasen auf dieser Seite, dann wechseln Sie das Bein.</translation>
        </message>
        <message>
            <source>Keep the stretch mild, about 3 or 4 out of 10.</source>
            <extracomment>cues 1</extracomment>
            <translation>Halten Sie die Dehnung leicht, etwa 3 oder 4 von 10.</translation>
        </message>
        <message>
            <source>Arching your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Leaning forward.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Sich nach vorn lehnen.</translation>
        </message>
        <message>
            <source>Taking too long a step.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Einen zu großen Schritt machen.</translation>
        </message>
        <message>
            <source>Your back hurts, or pain spreads into your leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Rücken schmerzt, oder der Schmerz strahlt ins Bein aus.</translation>
        </message>
        <message>
            <source>Kinder to your knees than the kneeling versions, and easy to fit into a desk break.</source>
            <extracomment>note</extracomment>
            <translation>Schonender für die Knie als die Varianten im Knien, und leicht in eine Schreibtischpause einzubauen.</translation>
        </message>
        <message>
            <source>chair or wall for balance</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl oder Wand für das Gleichgewicht</translation>
        </message>
    </context>
    <context>
        <name>exercise post_hip_flexor_stretch</name>
        <message>
            <source>Half-kneeling hip flexor stretch</source>
            <extracomment>name</extracomment>
            <translation>Hüftbeugerdehnung im Halbkniestand</translation>
        </message>
        <message>
            <source>A mild stretch for the front of the hip from a half-kneeling position.</source>
            <extracomment>summary</extracomment>
            <translation>Eine leichte Dehnung der Hüftvorderseite aus dem Halbkniestand.</translation>
        </message>
        <message>
            <source>Kneel on one knee with the other foot flat in front of you, knee over ankle.</source>
            <extracomment>steps 1</extracomment>
            <translation>Knien Sie sich auf ein Knie, den anderen Fuß flach vor sich, das Knie über dem Sprunggelenk.</translation>
        </message>
        <message>
            <source>Gently tuck your pelvis under, tail pointing down, until you feel a stretch at the front of the back hip.</source>
            <extracomment>steps 2</extracomment>
            <translation>Richten Sie das Becken sanft auf (das Steißbein zeigt nach unten), bis Sie vorn an der hinteren Hüfte eine Dehnung spüren.</translation>
        </message>
        <message>
            <source>Shift your weight slightly forward, keep your trunk upright, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Verlagern Sie Ihr Gewicht etwas nach vorn, bleiben Sie mit dem Oberkörper aufrecht und halten Sie die Position.</translation>
        </message>
        <message>
            <source>Do the holds on this side, then swap sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Machen Sie alle Haltephasen auf dieser Seite, dann wechseln Sie die Seite.</translation>
        </message>
        <message>
            <source>Keep the stretch mild, about 3 or 4 out of 10.</source>
            <extracomment>cues 1</extracomment>
            <translation>Halten Sie die Dehnung leicht, etwa 3 oder 4 von 10.</translation>
        </message>
        <message>
            <source>Arching your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Leaning far forward.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Sich weit nach vorn lehnen.</translation>
        </message>
        <message>
            <source>Kneeling on a hard floor.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Auf hartem Boden knien.</translation>
        </message>
        <message>
            <source>Your knee hurts (try the standing hip flexor stretch instead), or your back hurts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Knie schmerzt (versuchen Sie stattdessen die Hüftbeugerdehnung im Stehen), oder Ihr Rücken schmerzt.</translation>
        </message>
        <message>
            <source>Sitting doesn't need 'fixing', and there is no single correct posture. Many people who sit a lot simply find this stretch feels good.</source>
            <extracomment>note</extracomment>
            <translation>Sitzen muss nicht „korrigiert“ werden, und es gibt nicht die eine richtige Haltung. Viele Menschen, die viel sitzen, empfinden diese Dehnung einfach als angenehm.</translation>
        </message>
        <message>
            <source>mat or cushion under the knee</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte oder Kissen unter dem Knie</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_hands_glute</name>
        <message>
            <source>Knuckle massage for the buttock</source>
            <extracomment>name</extracomment>
            <translation>Gesäßmassage mit den Fingerknöcheln</translation>
        </message>
        <message>
            <source>Knead the muscles of your buttock with your knuckles while you stand: your hand sets the pressure.</source>
            <extracomment>summary</extracomment>
            <translation>Kneten Sie im Stehen die Gesäßmuskeln mit den Fingerknöcheln: Ihre Hand bestimmt den Druck.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart, near something to hold if you like.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich hin, die Füße hüftbreit auseinander – wenn Sie möchten, in der Nähe von etwas zum Festhalten.</translation>
        </message>
        <message>
            <source>Make a soft fist and place your knuckles on the fleshy part of one buttock.</source>
            <extracomment>steps 2</extracomment>
            <translation>Machen Sie eine lockere Faust und legen Sie die Fingerknöchel auf den fleischigen Teil einer Gesäßhälfte.</translation>
        </message>
        <message>
            <source>Knead in slow, small circles with light to moderate pressure, about 3 out of 10, and breathe slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Kneten Sie in langsamen, kleinen Kreisen mit leichtem bis mittlerem Druck, etwa 3 von 10, und atmen Sie langsam.</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie die Seite.</translation>
        </message>
        <message>
            <source>Use pressure you can breathe through easily.</source>
            <extracomment>cues 1</extracomment>
            <translation>Wählen Sie einen Druck, bei dem Sie noch ruhig weiteratmen können.</translation>
        </message>
        <message>
            <source>Pressing on bone.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Auf Knochen drücken.</translation>
        </message>
        <message>
            <source>Pressing so hard that you hold your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>So fest drücken, dass Sie die Luft anhalten.</translation>
        </message>
        <message>
            <source>You feel numbness, tingling or pain shooting down your leg. Move to a different spot, or stop.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie spüren Taubheit, Kribbeln oder einen Schmerz, der ins Bein schießt. Wechseln Sie zu einer anderen Stelle oder hören Sie auf.</translation>
        </message>
        <message>
            <source>A lighter option than the massage ball. Like all self-massage, it gives short-term comfort that can make moving easier.</source>
            <extracomment>note</extracomment>
            <translation>Eine leichtere Alternative zum Massageball. Wie jede Selbstmassage verschafft sie kurzfristig Erleichterung, die das Bewegen leichter machen kann.</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_ball_glute</name>
        <message>
            <source>Massage ball for the buttock</source>
            <extracomment>name</extracomment>
            <translation>Massageball für das Gesäß</translation>
        </message>
        <message>
            <source>Lean against a ball on the wall to ease tight buttock muscles.</source>
            <extracomment>summary</extracomment>
            <translation>Lehnen Sie sich gegen einen Ball an der Wand, um verspannte Gesäßmuskeln zu lockern.</translation>
        </message>
        <message>
            <source>Stand with your back to a wall and place the ball between the wall and the fleshy part of one buttock.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich mit dem Rücken zur Wand und legen Sie den Ball zwischen die Wand und den fleischigen Teil einer Gesäßhälfte.</translation>
        </message>
        <message>
            <source>Lean in gently. The pressure should feel good, or at most a little uncomfortable (about 4 out of 10).</source>
            <extracomment>steps 2</extracomment>
            <translation>Lehnen Sie sich sanft dagegen. Der Druck sollte sich gut anfühlen oder höchstens etwas unangenehm sein (etwa 4 von 10).</translation>
        </message>
        <message>
            <source>Make small circles, or stay on a tender spot and breathe slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Machen Sie kleine Kreise, oder bleiben Sie auf einer empfindlichen Stelle und atmen Sie langsam.</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie die Seite.</translation>
        </message>
        <message>
            <source>Standing against a wall lets you control the pressure.</source>
            <extracomment>cues 1</extracomment>
            <translation>Im Stehen an der Wand können Sie den Druck selbst steuern.</translation>
        </message>
        <message>
            <source>Pressing on bone.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Auf Knochen drücken.</translation>
        </message>
        <message>
            <source>Pressing so hard that you hold your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>So fest drücken, dass Sie die Luft anhalten.</translation>
        </message>
        <message>
            <source>Rolling for many minutes.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Viele Minuten lang rollen.</translation>
        </message>
        <message>
            <source>You feel numbness, tingling or pain shooting down your leg. You may be pressing on the sciatic nerve, so move the ball.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie spüren Taubheit, Kribbeln oder einen Schmerz, der ins Bein schießt. Vielleicht drücken Sie auf den Ischiasnerv – setzen Sie den Ball an eine andere Stelle.</translation>
        </message>
        <message>
            <source>Self-massage gives short-term comfort that can make moving easier. Use it alongside your exercise, not instead of it.</source>
            <extracomment>note</extracomment>
            <translation>Selbstmassage verschafft kurzfristig Erleichterung, die das Bewegen leichter machen kann. Nutzen Sie sie zusätzlich zu Ihren Übungen, nicht statt ihrer.</translation>
        </message>
        <message>
            <source>tennis ball or massage ball</source>
            <extracomment>equipment 1</extracomment>
            <translation>Tennisball oder Massageball</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 2</extracomment>
            <translation>Wand</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_stroke_low_back</name>
        <message>
            <source>Light stroking, low back</source>
            <extracomment>name</extracomment>
            <translation>Sanftes Ausstreichen, unterer Rücken</translation>
        </message>
        <message>
            <source>Slow, light strokes over your lower back with flat hands: soothing, with no kneading.</source>
            <extracomment>summary</extracomment>
            <translation>Langsame, leichte Striche mit flachen Händen über den unteren Rücken: wohltuend, ganz ohne Kneten.</translation>
        </message>
        <message>
            <source>Sit or stand and place your palms flat on your lower back, either side of your spine.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen oder stellen Sie sich hin und legen Sie die Handflächen flach auf den unteren Rücken, links und rechts der Wirbelsäule.</translation>
        </message>
        <message>
            <source>Stroke slowly down towards your pelvis with light pressure, then lift your hands and start again at the top.</source>
            <extracomment>steps 2</extracomment>
            <translation>Streichen Sie mit leichtem Druck langsam nach unten Richtung Becken, heben Sie dann die Hände ab und beginnen Sie wieder oben.</translation>
        </message>
        <message>
            <source>Breathe slowly and let your shoulders relax.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie langsam und lassen Sie die Schultern locker.</translation>
        </message>
        <message>
            <source>Light and slow, like smoothing a sheet.</source>
            <extracomment>cues 1</extracomment>
            <translation>Leicht und langsam, als würden Sie ein Laken glatt streichen.</translation>
        </message>
        <message>
            <source>Pressing hard.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Fest drücken.</translation>
        </message>
        <message>
            <source>Rubbing so fast that it irritates your skin.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>So schnell reiben, dass die Haut gereizt wird.</translation>
        </message>
        <message>
            <source>You notice skin irritation, or your pain increases.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie bemerken Hautreizungen, oder Ihr Schmerz nimmt zu.</translation>
        </message>
        <message>
            <source>For sore days or a tender back. Warm hands, or a little massage oil, make it more pleasant.</source>
            <extracomment>note</extracomment>
            <translation>Für schmerzhafte Tage oder einen empfindlichen Rücken. Warme Hände oder etwas Massageöl machen es angenehmer.</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_hands_low_back</name>
        <message>
            <source>Hand self-massage, low back muscles</source>
            <extracomment>name</extracomment>
            <translation>Selbstmassage der unteren Rückenmuskeln</translation>
        </message>
        <message>
            <source>Knead the muscles either side of your lower spine with your thumbs or knuckles.</source>
            <extracomment>summary</extracomment>
            <translation>Kneten Sie die Muskeln links und rechts der unteren Wirbelsäule mit den Daumen oder Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Sit or stand and place your hands on your lower back, thumbs or knuckles on the muscles either side of your spine.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen oder stellen Sie sich hin und legen Sie die Hände auf den unteren Rücken, die Daumen oder Fingerknöchel auf den Muskeln links und rechts der Wirbelsäule.</translation>
        </message>
        <message>
            <source>Knead in slow circles, working from your waist down towards the top of your pelvis.</source>
            <extracomment>steps 2</extracomment>
            <translation>Kneten Sie in langsamen Kreisen und arbeiten Sie sich von der Taille nach unten bis zum oberen Rand des Beckens.</translation>
        </message>
        <message>
            <source>Use firm but comfortable pressure. Stay on the muscles, away from the bony line in the middle.</source>
            <extracomment>steps 3</extracomment>
            <translation>Wählen Sie einen festen, aber angenehmen Druck. Bleiben Sie auf den Muskeln, weg von der knöchernen Linie in der Mitte.</translation>
        </message>
        <message>
            <source>Finish with a few slow strokes downwards. A little massage oil helps, if you like.</source>
            <extracomment>steps 4</extracomment>
            <translation>Schließen Sie mit ein paar langsamen Strichen nach unten ab. Etwas Massageöl hilft, wenn Sie möchten.</translation>
        </message>
        <message>
            <source>Comfortable pressure, relaxed breathing.</source>
            <extracomment>cues 1</extracomment>
            <translation>Angenehmer Druck, entspannter Atem.</translation>
        </message>
        <message>
            <source>Digging into the spine itself.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>In die Wirbelsäule selbst hineindrücken.</translation>
        </message>
        <message>
            <source>Pressing so hard that it bruises.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>So fest drücken, dass blaue Flecken entstehen.</translation>
        </message>
        <message>
            <source>You notice bruising or skin irritation, or your pain increases.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie bemerken blaue Flecken oder Hautreizungen, oder Ihr Schmerz nimmt zu.</translation>
        </message>
        <message>
            <source>Massage is for comfort: it feels good and can make moving easier for a while.</source>
            <extracomment>note</extracomment>
            <translation>Massage dient dem Wohlbefinden: Sie tut gut und kann das Bewegen für eine Weile leichter machen.</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_ball_upper_back_wall</name>
        <message>
            <source>Massage ball against a wall, upper back</source>
            <extracomment>name</extracomment>
            <translation>Massageball an der Wand, oberer Rücken</translation>
        </message>
        <message>
            <source>Lean your upper back against a ball on the wall: the foam roller's job, standing and with less pressure.</source>
            <extracomment>summary</extracomment>
            <translation>Lehnen Sie den oberen Rücken gegen einen Ball an der Wand: die Aufgabe der Faszienrolle, im Stehen und mit weniger Druck.</translation>
        </message>
        <message>
            <source>Stand with your back to a wall and place the ball between the wall and the muscles beside one shoulder blade.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich mit dem Rücken zur Wand und legen Sie den Ball zwischen die Wand und die Muskeln neben einem Schulterblatt.</translation>
        </message>
        <message>
            <source>Lean in gently, feet a small step from the wall, so the pressure is about 4 out of 10 at most.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lehnen Sie sich sanft dagegen, die Füße eine kleine Schrittlänge von der Wand entfernt, sodass der Druck höchstens etwa 4 von 10 beträgt.</translation>
        </message>
        <message>
            <source>Bend and straighten your knees a little to roll the ball slowly up and down, or stay on a tender spot and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Beugen und strecken Sie die Knie ein wenig, um den Ball langsam auf und ab zu rollen, oder bleiben Sie auf einer empfindlichen Stelle und atmen Sie.</translation>
        </message>
        <message>
            <source>Keep the ball beside the shoulder blade, off the spine. Switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Halten Sie den Ball neben dem Schulterblatt, weg von der Wirbelsäule. Wechseln Sie die Seite.</translation>
        </message>
        <message>
            <source>Step your feet closer to the wall for less pressure.</source>
            <extracomment>cues 1</extracomment>
            <translation>Stellen Sie die Füße näher an die Wand, wenn Sie weniger Druck möchten.</translation>
        </message>
        <message>
            <source>Rolling onto the spine itself.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Auf die Wirbelsäule selbst rollen.</translation>
        </message>
        <message>
            <source>Letting the ball drop down to your lower back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Ball bis zum unteren Rücken hinunterrutschen lassen.</translation>
        </message>
        <message>
            <source>Pressing so hard that you hold your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>So fest drücken, dass Sie die Luft anhalten.</translation>
        </message>
        <message>
            <source>Your ribs hurt, or you feel numbness or tingling into your arm.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Rippen schmerzen, oder Sie spüren Taubheit oder Kribbeln bis in den Arm.</translation>
        </message>
        <message>
            <source>You stay standing and in charge of the pressure, so it is gentler than lying on a roller and easier if getting down to the floor is hard. If you have osteoporosis, check with your clinician first.</source>
            <extracomment>note</extracomment>
            <translation>Sie bleiben im Stehen und bestimmen den Druck selbst; deshalb ist es sanfter als das Liegen auf einer Rolle und leichter, wenn es Ihnen schwerfällt, auf den Boden zu kommen. Wenn Sie Osteoporose haben, klären Sie das vorher ärztlich oder physiotherapeutisch ab.</translation>
        </message>
        <message>
            <source>tennis ball or massage ball</source>
            <extracomment>equipment 1</extracomment>
            <translation>Tennisball oder Massageball</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 2</extracomment>
            <translation>Wand</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_roller_upper_back</name>
        <message>
            <source>Foam roller for the upper back</source>
            <extracomment>name</extracomment>
            <translation>Faszienrolle für den oberen Rücken</translation>
        </message>
        <message>
            <source>Roll slowly over a foam roller to loosen your upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Rollen Sie langsam über eine Faszienrolle, um den oberen Rücken zu lockern.</translation>
        </message>
        <message>
            <source>Sit on the floor with the roller behind you, then lie back so it rests under your shoulder blades.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf den Boden, die Rolle hinter sich, und legen Sie sich dann zurück, sodass sie unter Ihren Schulterblättern liegt.</translation>
        </message>
        <message>
            <source>Support your head with your hands. Keep your hips on the floor or lift them slightly.</source>
            <extracomment>steps 2</extracomment>
            <translation>Stützen Sie den Kopf mit den Händen. Lassen Sie das Gesäß am Boden oder heben Sie es leicht an.</translation>
        </message>
        <message>
            <source>Roll slowly a short way up and down your upper back, or pause and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Rollen Sie langsam ein kurzes Stück am oberen Rücken auf und ab, oder halten Sie inne und atmen Sie.</translation>
        </message>
        <message>
            <source>Keep the roller above your lowest ribs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Halten Sie die Rolle oberhalb Ihrer untersten Rippen.</translation>
        </message>
        <message>
            <source>Upper back only.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nur der obere Rücken.</translation>
        </message>
        <message>
            <source>Rolling down onto your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Bis auf den unteren Rücken hinunterrollen.</translation>
        </message>
        <message>
            <source>Letting your head hang.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Kopf hängen lassen.</translation>
        </message>
        <message>
            <source>Rolling fast.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Schnell rollen.</translation>
        </message>
        <message>
            <source>Your ribs hurt. If you have osteoporosis, leave this one out.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Rippen schmerzen. Wenn Sie Osteoporose haben, lassen Sie diese Übung weg.</translation>
        </message>
        <message>
            <source>Keep the roller on your upper back, above your lowest ribs; we leave the lower back out of rolling. For your lower back, use your hands instead (hand self-massage): they let you keep the pressure gentle.</source>
            <extracomment>note</extracomment>
            <translation>Halten Sie die Rolle am oberen Rücken, oberhalb der untersten Rippen; den unteren Rücken lassen wir beim Rollen aus. Nehmen Sie für den unteren Rücken stattdessen die Hände („Selbstmassage der unteren Rückenmuskeln“): So können Sie den Druck sanft halten.</translation>
        </message>
        <message>
            <source>foam roller</source>
            <extracomment>equipment 1</extracomment>
            <translation>Faszienrolle</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 2</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_hands_calf</name>
        <message>
            <source>Hand massage for the calves</source>
            <extracomment>name</extracomment>
            <translation>Wadenmassage mit den Händen</translation>
        </message>
        <message>
            <source>Sit and knead your calf muscles with your hands: gentler than a roller.</source>
            <extracomment>summary</extracomment>
            <translation>Kneten Sie im Sitzen Ihre Wadenmuskeln mit den Händen: sanfter als mit einer Rolle.</translation>
        </message>
        <message>
            <source>Sit on a chair and rest one foot on a low stool or step in front of you, knee slightly bent.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf einen Stuhl und legen Sie einen Fuß vor sich auf einen niedrigen Hocker oder eine Stufe, das Knie leicht gebeugt.</translation>
        </message>
        <message>
            <source>Lean forward a little and wrap both hands around the calf.</source>
            <extracomment>steps 2</extracomment>
            <translation>Beugen Sie sich etwas nach vorn und umfassen Sie die Wade mit beiden Händen.</translation>
        </message>
        <message>
            <source>Squeeze gently and stroke slowly upwards, from just above the ankle towards the knee. Pause on tender spots and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Drücken Sie sanft und streichen Sie langsam nach oben, von knapp oberhalb des Knöchels Richtung Knie. Verweilen Sie an empfindlichen Stellen und atmen Sie.</translation>
        </message>
        <message>
            <source>Switch legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie das Bein.</translation>
        </message>
        <message>
            <source>Stroke upwards, towards the knee.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nach oben streichen, Richtung Knie.</translation>
        </message>
        <message>
            <source>Pressing into the back of the knee.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>In die Kniekehle drücken.</translation>
        </message>
        <message>
            <source>Pressing hard on the Achilles tendon.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Fest auf die Achillessehne drücken.</translation>
        </message>
        <message>
            <source>Your calf is swollen, warm, red, or painful at rest: don't massage it. It can be a blood clot: contact a doctor the same day.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Wade ist geschwollen, warm, gerötet oder in Ruhe schmerzhaft: Massieren Sie sie nicht. Das kann auf ein Blutgerinnsel (Thrombose) hinweisen: Holen Sie noch am selben Tag ärztlichen Rat ein.</translation>
        </message>
        <message>
            <source>Gentler than rolling, because your hands set the pressure. If you have varicose veins, keep the pressure very light and stay off them.</source>
            <extracomment>note</extracomment>
            <translation>Sanfter als Rollen, weil Ihre Hände den Druck bestimmen. Wenn Sie Krampfadern haben, halten Sie den Druck sehr leicht und sparen Sie die Krampfadern aus.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>Stuhl</translation>
        </message>
        <message>
            <source>low stool or step</source>
            <extracomment>equipment 2</extracomment>
            <translation>niedriger Hocker oder Stufe</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_roller_calf</name>
        <message>
            <source>Roller or ball for the calves</source>
            <extracomment>name</extracomment>
            <translation>Rolle oder Ball für die Waden</translation>
        </message>
        <message>
            <source>Roll your calves slowly over a roller or ball.</source>
            <extracomment>summary</extracomment>
            <translation>Rollen Sie Ihre Waden langsam über eine Rolle oder einen Ball.</translation>
        </message>
        <message>
            <source>Sit on the floor with the roller under one calf.</source>
            <extracomment>steps 1</extracomment>
            <translation>Setzen Sie sich auf den Boden, die Rolle unter einer Wade.</translation>
        </message>
        <message>
            <source>Support yourself on your hands and roll slowly from just below the knee to just above the ankle.</source>
            <extracomment>steps 2</extracomment>
            <translation>Stützen Sie sich auf die Hände und rollen Sie langsam von knapp unterhalb des Knies bis knapp oberhalb des Knöchels.</translation>
        </message>
        <message>
            <source>Pause on tender spots and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Verweilen Sie an empfindlichen Stellen und atmen Sie.</translation>
        </message>
        <message>
            <source>Switch legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie das Bein.</translation>
        </message>
        <message>
            <source>Slow strokes, moderate pressure.</source>
            <extracomment>cues 1</extracomment>
            <translation>Langsame Züge, mittlerer Druck.</translation>
        </message>
        <message>
            <source>Rolling over the back of the knee.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Über die Kniekehle rollen.</translation>
        </message>
        <message>
            <source>Pressing hard on the Achilles tendon.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Fest auf die Achillessehne drücken.</translation>
        </message>
        <message>
            <source>Your calf is swollen, warm, red, or painful at rest: don't roll it. It can be a blood clot: contact a doctor the same day. Leave this one out if you have varicose veins.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Wade ist geschwollen, warm, gerötet oder in Ruhe schmerzhaft: Rollen Sie sie nicht. Das kann auf ein Blutgerinnsel (Thrombose) hinweisen: Holen Sie noch am selben Tag ärztlichen Rat ein. Lassen Sie diese Übung weg, wenn Sie Krampfadern haben.</translation>
        </message>
        <message>
            <source>foam roller or ball</source>
            <extracomment>equipment 1</extracomment>
            <translation>Faszienrolle oder Ball</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_pelvic_tilt</name>
        <message>
            <source>Pelvic tilt (lying)</source>
            <extracomment>name</extracomment>
            <translation>Beckenkippen in Rückenlage</translation>
        </message>
        <message>
            <source>A small, slow rocking of the pelvis that gently moves your lower back.</source>
            <extracomment>summary</extracomment>
            <translation>Ein kleines, langsames Schaukeln des Beckens, das Ihren unteren Rücken sanft bewegt.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent, feet flat and hip-width apart.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.</translation>
        </message>
        <message>
            <source>Breathe out and gently roll your pelvis back, so your lower back eases towards the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Atmen Sie aus und kippen Sie das Becken sanft nach hinten, sodass sich Ihr unterer Rücken dem Boden nähert.</translation>
        </message>
        <message>
            <source>Roll the other way until a small arch comes back. Stay in a range that feels easy.</source>
            <extracomment>steps 3</extracomment>
            <translation>Kippen Sie es in die andere Richtung, bis wieder ein leichtes Hohlkreuz entsteht. Bleiben Sie in einem Bereich, der sich leicht anfühlt.</translation>
        </message>
        <message>
            <source>Keep going slowly and smoothly, like a small rocking movement.</source>
            <extracomment>steps 4</extracomment>
            <translation>Machen Sie langsam und gleichmäßig weiter, wie eine kleine Schaukelbewegung.</translation>
        </message>
        <message>
            <source>A small movement is enough.</source>
            <extracomment>cues 1</extracomment>
            <translation>Eine kleine Bewegung reicht.</translation>
        </message>
        <message>
            <source>Let your breathing set the rhythm.</source>
            <extracomment>cues 2</extracomment>
            <translation>Lassen Sie Ihren Atem den Rhythmus vorgeben.</translation>
        </message>
        <message>
            <source>Pushing through your feet so your buttocks lift.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich mit den Füßen abdrücken, sodass das Gesäß abhebt.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Forcing the end of the movement.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Das Ende der Bewegung erzwingen.</translation>
        </message>
        <message>
            <source>Pain spreads into a leg, or it climbs a little with every rep.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz strahlt ins Bein aus, oder er steigt mit jeder Wiederholung ein wenig an.</translation>
        </message>
        <message>
            <source>A kind way to move your lower back on a sore day: it keeps the back in its comfortable middle range.</source>
            <extracomment>note</extracomment>
            <translation>Eine schonende Art, den unteren Rücken an einem schmerzhaften Tag zu bewegen: Der Rücken bleibt in seinem angenehmen mittleren Bereich.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_brace_breathe</name>
        <message>
            <source>Gentle abdominal brace with breathing</source>
            <extracomment>name</extracomment>
            <translation>Sanfte Bauchspannung mit Atmung</translation>
        </message>
        <message>
            <source>Learn to switch on the muscles around your waist lightly while you keep breathing.</source>
            <extracomment>summary</extracomment>
            <translation>Lernen Sie, die Muskeln rund um Ihre Taille leicht anzuspannen, während Sie weiteratmen.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent. Rest your fingertips just inside your hip bones.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt. Legen Sie die Fingerspitzen knapp innen neben Ihre vorderen Beckenknochen.</translation>
        </message>
        <message>
            <source>Gently firm up the muscles around your waist, about a quarter of your full effort, as if you were about to cough lightly.</source>
            <extracomment>steps 2</extracomment>
            <translation>Spannen Sie die Muskeln rund um Ihre Taille sanft an, mit etwa einem Viertel Ihrer vollen Kraft, als wollten Sie gleich leicht husten.</translation>
        </message>
        <message>
            <source>Keep that light tension and breathe slowly in and out while you hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Halten Sie diese leichte Spannung und atmen Sie dabei langsam ein und aus.</translation>
        </message>
        <message>
            <source>Let go completely and relax before the next hold.</source>
            <extracomment>steps 4</extracomment>
            <translation>Lassen Sie vor der nächsten Haltephase ganz los und entspannen Sie sich.</translation>
        </message>
        <message>
            <source>Think of a wide, light belt around your waist, not a hard squeeze.</source>
            <extracomment>cues 1</extracomment>
            <translation>Stellen Sie sich einen breiten, leichten Gürtel um die Taille vor – kein festes Zusammenpressen.</translation>
        </message>
        <message>
            <source>Keep breathing all the way through the hold.</source>
            <extracomment>cues 2</extracomment>
            <translation>Atmen Sie während der ganzen Haltephase weiter.</translation>
        </message>
        <message>
            <source>Sucking your belly in hard.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Den Bauch kräftig einziehen.</translation>
        </message>
        <message>
            <source>Pressing your back flat into the floor.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Rücken flach in den Boden drücken.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>You feel light-headed (you may be holding your breath), or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihnen wird benommen (vielleicht halten Sie die Luft an), oder Ihr Schmerz wird stechend.</translation>
        </message>
        <message>
            <source>This teaches you what a light brace feels like, so you can use it in the other exercises. Training like this works about as well as other exercise, not better, so a few short holds are plenty.</source>
            <extracomment>note</extracomment>
            <translation>Hier lernen Sie, wie sich eine leichte Bauchspannung anfühlt, damit Sie sie in den anderen Übungen nutzen können. Ein solches Training wirkt etwa so gut wie andere Übungen, nicht besser – ein paar kurze Haltephasen genügen also.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_heel_slide</name>
        <message>
            <source>Heel slides (dead bug, level 1)</source>
            <extracomment>name</extracomment>
            <translation>Fersengleiten (Dead Bug, Stufe 1)</translation>
        </message>
        <message>
            <source>Slide one heel out and back while your pelvis stays quiet: the first step towards the dead bug.</source>
            <extracomment>summary</extracomment>
            <translation>Schieben Sie eine Ferse weg und wieder zurück, während Ihr Becken ruhig bleibt: der erste Schritt zum Dead Bug.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and set a gentle brace.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, und bauen Sie eine leichte Bauchspannung auf.</translation>
        </message>
        <message>
            <source>Slowly slide one heel along the floor until that leg is nearly straight.</source>
            <extracomment>steps 2</extracomment>
            <translation>Schieben Sie eine Ferse langsam über den Boden, bis das Bein fast gestreckt ist.</translation>
        </message>
        <message>
            <source>Slide it back again, without letting your pelvis rock or your back arch.</source>
            <extracomment>steps 3</extracomment>
            <translation>Ziehen Sie sie wieder zurück, ohne dass Ihr Becken kippelt oder Ihr Rücken ins Hohlkreuz geht.</translation>
        </message>
        <message>
            <source>Swap legs and keep alternating.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie das Bein und machen Sie immer abwechselnd weiter.</translation>
        </message>
        <message>
            <source>Move only as fast as you can keep your pelvis still.</source>
            <extracomment>cues 1</extracomment>
            <translation>Bewegen Sie sich nur so schnell, wie Sie Ihr Becken ruhig halten können.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Hetzen.</translation>
        </message>
        <message>
            <source>Letting your lower back lift as the leg straightens.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den unteren Rücken abheben lassen, wenn sich das Bein streckt.</translation>
        </message>
        <message>
            <source>Pain travels down your leg, or your back arches and pinches.</source>
            <extracomment>stop_if</extracomment>
            <translation>Der Schmerz zieht ins Bein, oder Ihr Rücken geht ins Hohlkreuz und zwickt.</translation>
        </message>
        <message>
            <source>A safe place to start, used instead of straight-leg raises. Your foot stays on the floor, so the load on your back stays small.</source>
            <extracomment>note</extracomment>
            <translation>Ein sicherer Einstieg, der statt des Anhebens der gestreckten Beine verwendet wird. Ihr Fuß bleibt am Boden, daher bleibt die Belastung für den Rücken gering.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_toe_tap</name>
        <message>
            <source>Bent-knee toe taps (dead bug, level 2)</source>
            <extracomment>name</extracomment>
            <translation>Fußtippen, Knie gebeugt (Dead Bug, Stufe 2)</translation>
        </message>
        <message>
            <source>Lower one bent leg to tap the floor while your back stays calm and supported.</source>
            <extracomment>summary</extracomment>
            <translation>Senken Sie ein gebeugtes Bein ab, um mit dem Fuß den Boden anzutippen, während Ihr Rücken ruhig und gestützt bleibt.</translation>
        </message>
        <message>
            <source>Lie on your back. Lift your legs one at a time until your hips and knees are bent to about a right angle (tabletop).</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken. Heben Sie die Beine nacheinander an, bis Hüften und Knie etwa im rechten Winkel gebeugt sind (Tischposition).</translation>
        </message>
        <message>
            <source>Set a gentle brace and let your lower back rest quietly on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Bauen Sie eine leichte Bauchspannung auf und lassen Sie Ihren unteren Rücken ruhig auf dem Boden liegen.</translation>
        </message>
        <message>
            <source>Keep the knee bent and slowly lower one foot to tap the floor, then bring it back up.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lassen Sie das Knie gebeugt und senken Sie einen Fuß langsam ab, bis er den Boden antippt; dann heben Sie ihn wieder an.</translation>
        </message>
        <message>
            <source>Swap legs and keep alternating. To make it easier, leave one foot resting on the floor.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie das Bein und machen Sie immer abwechselnd weiter. Leichter wird es, wenn ein Fuß auf dem Boden stehen bleibt.</translation>
        </message>
        <message>
            <source>The movement comes from your hip, not your back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Die Bewegung kommt aus der Hüfte, nicht aus dem Rücken.</translation>
        </message>
        <message>
            <source>Breathe out as the foot lowers.</source>
            <extracomment>cues 2</extracomment>
            <translation>Atmen Sie aus, während sich der Fuß senkt.</translation>
        </message>
        <message>
            <source>Straightening the knee, which turns the leg into a long, heavy lever.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Das Knie strecken – dadurch wird das Bein zu einem langen, schweren Hebel.</translation>
        </message>
        <message>
            <source>Letting your back arch as the foot lowers.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Ins Hohlkreuz gehen, während sich der Fuß senkt.</translation>
        </message>
        <message>
            <source>Pulling your chin up.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Das Kinn nach oben ziehen.</translation>
        </message>
        <message>
            <source>Your lower back lifts and you can't control it, or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr unterer Rücken hebt ab und Sie können es nicht kontrollieren, oder Ihr Schmerz wird stechend.</translation>
        </message>
        <message>
            <source>We use this instead of straight-leg raises. With a straight leg, the hip muscles pull hard on the lower back; a bent knee shortens the lever and keeps the load comfortable.</source>
            <extracomment>note</extracomment>
            <translation>Wir verwenden diese Übung statt des Anhebens der gestreckten Beine. Bei gestrecktem Bein ziehen die Hüftmuskeln kräftig am unteren Rücken; ein gebeugtes Knie verkürzt den Hebel und hält die Belastung angenehm.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_dead_bug</name>
        <message>
            <source>Dead bug, opposite arm and leg (level 3)</source>
            <extracomment>name</extracomment>
            <translation>Dead Bug, Arm und Gegenbein (Stufe 3)</translation>
        </message>
        <message>
            <source>Slowly reach one arm and the opposite leg away while your trunk stays still.</source>
            <extracomment>summary</extracomment>
            <translation>Strecken Sie langsam einen Arm und das gegenüberliegende Bein weg, während Ihr Rumpf ruhig bleibt.</translation>
        </message>
        <message>
            <source>Start in tabletop, hips and knees bent to a right angle, with both arms pointing at the ceiling.</source>
            <extracomment>steps 1</extracomment>
            <translation>Beginnen Sie in der Tischposition, Hüften und Knie im rechten Winkel gebeugt, beide Arme zeigen zur Decke.</translation>
        </message>
        <message>
            <source>Brace gently. Breathe out as you slowly reach one arm overhead and stretch the opposite leg away.</source>
            <extracomment>steps 2</extracomment>
            <translation>Bauen Sie eine leichte Bauchspannung auf. Atmen Sie aus, während Sie langsam einen Arm über den Kopf führen und das gegenüberliegende Bein wegstrecken.</translation>
        </message>
        <message>
            <source>Go only as far as you can without your back arching, and pause briefly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Gehen Sie nur so weit, wie Sie es ohne Hohlkreuz schaffen, und halten Sie kurz inne.</translation>
        </message>
        <message>
            <source>Come back to the start and repeat with the other arm and leg.</source>
            <extracomment>steps 4</extracomment>
            <translation>Kommen Sie zurück in die Ausgangsposition und wiederholen Sie die Bewegung mit dem anderen Arm und Bein.</translation>
        </message>
        <message>
            <source>Slow and steady: about 3 seconds out and 3 seconds back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Langsam und gleichmäßig: etwa 3 Sekunden hinaus und 3 Sekunden zurück.</translation>
        </message>
        <message>
            <source>Moving fast, as if pedalling a bike.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Sich schnell bewegen, wie beim Radfahren.</translation>
        </message>
        <message>
            <source>Arching your back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Your back arches and you can't stop it, or you feel sharp or spreading pain.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Rücken geht ins Hohlkreuz und Sie können es nicht verhindern, oder Sie spüren einen stechenden oder ausstrahlenden Schmerz.</translation>
        </message>
        <message>
            <source>This is used instead of fast leg bicycling. It is the same alternating pattern, done slowly, with your trunk still and your head resting on the floor.</source>
            <extracomment>note</extracomment>
            <translation>Diese Übung ersetzt das schnelle „Radfahren“ in der Luft. Es ist dasselbe wechselseitige Muster, nur langsam, mit ruhigem Rumpf und dem Kopf am Boden.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_curl_up_head</name>
        <message>
            <source>Curl-up, head lift only (level 1)</source>
            <extracomment>name</extracomment>
            <translation>Curl-up, nur Kopf anheben (Stufe 1)</translation>
        </message>
        <message>
            <source>The first step towards the curl-up: set your tummy muscles lightly and lift only your head, a little.</source>
            <extracomment>summary</extracomment>
            <translation>Der erste Schritt zum Curl-up: Spannen Sie die Bauchmuskeln leicht an und heben Sie nur den Kopf ein wenig an.</translation>
        </message>
        <message>
            <source>Lie on your back with one knee bent and the other leg straight. Slide your hands, palms down, under the small of your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt. Schieben Sie die Hände mit den Handflächen nach unten unter die Lendenwirbelsäule.</translation>
        </message>
        <message>
            <source>Gently firm up the muscles around your waist, as if you were about to cough lightly, and keep breathing.</source>
            <extracomment>steps 2</extracomment>
            <translation>Spannen Sie die Muskeln rund um Ihre Taille sanft an, als wollten Sie gleich leicht husten, und atmen Sie weiter.</translation>
        </message>
        <message>
            <source>Lift just your head a finger's width off the floor, with your chin neither tucked in nor poking up. Your shoulders stay down.</source>
            <extracomment>steps 3</extracomment>
            <translation>Heben Sie nur den Kopf etwa einen Fingerbreit vom Boden ab; das Kinn ist weder eingezogen noch nach oben gestreckt. Die Schultern bleiben unten.</translation>
        </message>
        <message>
            <source>Hold for a few breaths, then rest your head. Swap which knee is bent between sets.</source>
            <extracomment>steps 4</extracomment>
            <translation>Halten Sie einige Atemzüge lang, dann legen Sie den Kopf ab. Wechseln Sie zwischen den Sätzen das gebeugte Knie.</translation>
        </message>
        <message>
            <source>Your head barely leaves the floor: the work is the light tension around your waist.</source>
            <extracomment>cues 1</extracomment>
            <translation>Ihr Kopf verlässt den Boden kaum: Die eigentliche Arbeit ist die leichte Spannung um Ihre Taille.</translation>
        </message>
        <message>
            <source>Keep breathing during the hold.</source>
            <extracomment>cues 2</extracomment>
            <translation>Atmen Sie während der Haltephase weiter.</translation>
        </message>
        <message>
            <source>Tucking your chin onto your chest.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Das Kinn auf die Brust ziehen.</translation>
        </message>
        <message>
            <source>Pressing your back flat into your hands.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Rücken flach auf die Hände drücken.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Neck pain builds, or back pain sharpens during the hold.</source>
            <extracomment>stop_if</extracomment>
            <translation>Nackenschmerzen nehmen zu, oder der Rückenschmerz wird während der Haltephase stechend.</translation>
        </message>
        <message>
            <source>Start here if the full curl-up strains your neck or your back. When these holds feel easy, lift your shoulders as well: that is the McGill-style curl-up.</source>
            <extracomment>note</extracomment>
            <translation>Beginnen Sie hier, wenn der vollständige Curl-up Ihren Nacken oder Rücken belastet. Wenn sich diese Haltephasen leicht anfühlen, heben Sie auch die Schultern an: Das ist der Curl-up nach McGill.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_curl_up</name>
        <message>
            <source>McGill-style curl-up</source>
            <extracomment>name</extracomment>
            <translation>Curl-up nach McGill</translation>
        </message>
        <message>
            <source>Lift your head and shoulders just off the floor and hold: tummy muscle work with very little spine movement.</source>
            <extracomment>summary</extracomment>
            <translation>Heben Sie Kopf und Schultern knapp vom Boden ab und halten Sie: Bauchmuskeltraining mit sehr wenig Bewegung der Wirbelsäule.</translation>
        </message>
        <message>
            <source>Lie on your back with one knee bent and the other leg straight. Slide your hands, palms down, under the small of your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt. Schieben Sie die Hände mit den Handflächen nach unten unter die Lendenwirbelsäule.</translation>
        </message>
        <message>
            <source>Keep your head and neck in line, and lift your head and shoulders just clear of the floor. Keep the small arch in your lower back.</source>
            <extracomment>steps 2</extracomment>
            <translation>Halten Sie Kopf und Nacken in einer Linie und heben Sie Kopf und Schultern knapp vom Boden ab. Behalten Sie die kleine Krümmung im unteren Rücken bei.</translation>
        </message>
        <message>
            <source>Hold while you breathe normally, then lower with control.</source>
            <extracomment>steps 3</extracomment>
            <translation>Halten Sie bei normaler Atmung, dann senken Sie sich kontrolliert ab.</translation>
        </message>
        <message>
            <source>Swap which knee is bent between sets.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie zwischen den Sätzen das gebeugte Knie.</translation>
        </message>
        <message>
            <source>Think 'lift the chest a few centimetres', not 'sit up'.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nur „die Brust ein paar Zentimeter anheben“, nicht „aufsetzen“.</translation>
        </message>
        <message>
            <source>Keep breathing during the hold.</source>
            <extracomment>cues 2</extracomment>
            <translation>Atmen Sie während der Haltephase weiter.</translation>
        </message>
        <message>
            <source>Tucking your chin or pulling on your head.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Das Kinn einziehen oder am Kopf ziehen.</translation>
        </message>
        <message>
            <source>Flattening your back into your hands.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Den Rücken flach auf die Hände drücken.</translation>
        </message>
        <message>
            <source>Curling up too high.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Sich zu weit aufrollen.</translation>
        </message>
        <message>
            <source>Neck pain builds, or back pain sharpens during the hold.</source>
            <extracomment>stop_if</extracomment>
            <translation>Nackenschmerzen nehmen zu, oder der Rückenschmerz wird während der Haltephase stechend.</translation>
        </message>
        <message>
            <source>We use this instead of sit-ups and crunches. Those bend the spine right over again and again under load, which is more than you need; the curl-up works your tummy muscles while your back barely moves.</source>
            <extracomment>note</extracomment>
            <translation>Wir verwenden diese Übung statt Sit-ups und Crunches. Diese beugen die Wirbelsäule unter Last immer wieder ganz durch, und das ist mehr, als Sie brauchen; der Curl-up trainiert Ihre Bauchmuskeln, während sich Ihr Rücken kaum bewegt.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_bird_dog_basic</name>
        <message>
            <source>Bird dog, one limb at a time</source>
            <extracomment>name</extracomment>
            <translation>Bird Dog (Vierfüßler, Arm oder Bein)</translation>
        </message>
        <message>
            <source>On all fours, reach out one arm or one leg while your trunk stays steady.</source>
            <extracomment>summary</extracomment>
            <translation>Strecken Sie im Vierfüßlerstand einen Arm oder ein Bein aus, während Ihr Rumpf stabil bleibt.</translation>
        </message>
        <message>
            <source>Kneel on all fours, hands under your shoulders and knees under your hips, with your back in a comfortable middle position.</source>
            <extracomment>steps 1</extracomment>
            <translation>Gehen Sie in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften, den Rücken in einer angenehmen Mittelstellung.</translation>
        </message>
        <message>
            <source>Slide one arm forward until it is level with your body, hold it there, then bring it back.</source>
            <extracomment>steps 2</extracomment>
            <translation>Schieben Sie einen Arm nach vorn, bis er auf einer Linie mit Ihrem Körper ist, halten Sie ihn dort und bringen Sie ihn zurück.</translation>
        </message>
        <message>
            <source>Slide one leg back along the floor and lift it to hip height, hold, then bring it back.</source>
            <extracomment>steps 3</extracomment>
            <translation>Schieben Sie ein Bein über den Boden nach hinten und heben Sie es auf Hüfthöhe an, halten Sie es und bringen Sie es zurück.</translation>
        </message>
        <message>
            <source>Take turns with each arm and each leg, keeping your trunk still.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wechseln Sie sich mit jedem Arm und jedem Bein ab und halten Sie dabei den Rumpf ruhig.</translation>
        </message>
        <message>
            <source>Imagine a glass of water resting on your lower back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Stellen Sie sich ein Glas Wasser auf Ihrem unteren Rücken vor.</translation>
        </message>
        <message>
            <source>Lifting the leg higher than your hip.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Das Bein höher als die Hüfte heben.</translation>
        </message>
        <message>
            <source>Letting your pelvis twist.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Das Becken verdrehen.</translation>
        </message>
        <message>
            <source>Sagging through the middle.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>In der Mitte durchhängen.</translation>
        </message>
        <message>
            <source>Your knees or wrists hurt (add a cushion or rest on your fists), or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Knie oder Handgelenke schmerzen (legen Sie ein Kissen unter oder stützen Sie sich auf die Fäuste), oder der Rückenschmerz wird stechend.</translation>
        </message>
        <message>
            <source>When this feels easy and steady, move on to the full bird dog, with opposite arm and leg together.</source>
            <extracomment>note</extracomment>
            <translation>Wenn sich das leicht und stabil anfühlt, gehen Sie zum vollständigen Bird Dog über, mit Arm und Gegenbein gleichzeitig.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>cushion under the knees</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen unter den Knien</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_bird_dog</name>
        <message>
            <source>Bird dog, opposite arm and leg</source>
            <extracomment>name</extracomment>
            <translation>Bird Dog (Vierfüßler, Arm und Gegenbein)</translation>
        </message>
        <message>
            <source>Reach one arm forward and the opposite leg back, and hold with your hips level.</source>
            <extracomment>summary</extracomment>
            <translation>Strecken Sie einen Arm nach vorn und das gegenüberliegende Bein nach hinten und halten Sie, die Hüften bleiben waagerecht.</translation>
        </message>
        <message>
            <source>Start on all fours with your back in a comfortable middle position.</source>
            <extracomment>steps 1</extracomment>
            <translation>Beginnen Sie im Vierfüßlerstand, den Rücken in einer angenehmen Mittelstellung.</translation>
        </message>
        <message>
            <source>Reach one arm forward and the opposite leg back until both are level with your trunk.</source>
            <extracomment>steps 2</extracomment>
            <translation>Strecken Sie einen Arm nach vorn und das gegenüberliegende Bein nach hinten, bis beide auf einer Linie mit Ihrem Rumpf sind.</translation>
        </message>
        <message>
            <source>Hold while you breathe, keeping your hips level.</source>
            <extracomment>steps 3</extracomment>
            <translation>Halten Sie und atmen Sie dabei weiter; die Hüften bleiben waagerecht.</translation>
        </message>
        <message>
            <source>Come back slowly, then switch to the other arm and leg.</source>
            <extracomment>steps 4</extracomment>
            <translation>Kommen Sie langsam zurück und wechseln Sie dann zum anderen Arm und Bein.</translation>
        </message>
        <message>
            <source>Reach long rather than high.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lang strecken statt hoch heben.</translation>
        </message>
        <message>
            <source>Arching your back to lift the leg higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ins Hohlkreuz gehen, um das Bein höher zu heben.</translation>
        </message>
        <message>
            <source>Twisting your hips.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Hüften verdrehen.</translation>
        </message>
        <message>
            <source>Rushing the change-over.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Beim Seitenwechsel hetzen.</translation>
        </message>
        <message>
            <source>Sharp back pain, or pain or tingling down a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Stechender Rückenschmerz, Schmerz oder Kribbeln, das ins Bein zieht.</translation>
        </message>
        <message>
            <source>One of the 'big three' trunk endurance exercises from spine researcher Stuart McGill. Many short holds build endurance without tiring you out.</source>
            <extracomment>note</extracomment>
            <translation>Eine der „Big Three“-Übungen für die Rumpfausdauer des Wirbelsäulenforschers Stuart McGill. Viele kurze Haltephasen bauen Ausdauer auf, ohne Sie zu erschöpfen.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>cushion under the knees</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen unter den Knien</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_side_plank_wall</name>
        <message>
            <source>Side plank against a wall</source>
            <extracomment>name</extracomment>
            <translation>Seitstütz an der Wand</translation>
        </message>
        <message>
            <source>A standing side plank: lean on your forearm against a wall and hold your body in a straight line.</source>
            <extracomment>summary</extracomment>
            <translation>Ein Seitstütz im Stehen: Lehnen Sie sich mit dem Unterarm an eine Wand und halten Sie Ihren Körper in einer geraden Linie.</translation>
        </message>
        <message>
            <source>Stand side-on to a wall, a little more than a forearm's length away, feet together.</source>
            <extracomment>steps 1</extracomment>
            <translation>Stellen Sie sich seitlich zur Wand, etwas mehr als eine Unterarmlänge entfernt, die Füße geschlossen.</translation>
        </message>
        <message>
            <source>Lean your forearm on the wall at shoulder height, elbow just below your shoulder.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lehnen Sie den Unterarm auf Schulterhöhe an die Wand, den Ellbogen knapp unterhalb der Schulter.</translation>
        </message>
        <message>
            <source>Firm up your waist gently and hold your body in a straight line from head to ankles, hips not sagging towards the wall.</source>
            <extracomment>steps 3</extracomment>
            <translation>Spannen Sie Ihre Taille sanft an und halten Sie den Körper in einer geraden Linie vom Kopf bis zu den Knöcheln, ohne dass die Hüfte zur Wand hin absinkt.</translation>
        </message>
        <message>
            <source>Stand upright to rest. Do all the holds on one side, then turn round for the other side.</source>
            <extracomment>steps 4</extracomment>
            <translation>Stellen Sie sich zum Ausruhen aufrecht hin. Machen Sie alle Haltephasen auf einer Seite, dann drehen Sie sich für die andere Seite um.</translation>
        </message>
        <message>
            <source>Push the wall away with your forearm.</source>
            <extracomment>cues 1</extracomment>
            <translation>Drücken Sie sich mit dem Unterarm von der Wand weg.</translation>
        </message>
        <message>
            <source>The further your feet are from the wall, the harder it gets.</source>
            <extracomment>cues 2</extracomment>
            <translation>Je weiter Ihre Füße von der Wand entfernt sind, desto schwerer wird es.</translation>
        </message>
        <message>
            <source>Letting your hips sag towards the wall.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Hüfte zur Wand hin absinken lassen.</translation>
        </message>
        <message>
            <source>Shrugging your shoulder up to your ear.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Schulter zum Ohr hochziehen.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Your shoulder hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Schulter schmerzt, oder der Rückenschmerz wird stechend.</translation>
        </message>
        <message>
            <source>A gentler start than the side plank from the knees: the wall takes most of your weight. Stand a little further from the wall as it gets easier.</source>
            <extracomment>note</extracomment>
            <translation>Ein sanfterer Einstieg als der Seitstütz auf den Knien: Die Wand trägt den größten Teil Ihres Gewichts. Stellen Sie sich etwas weiter von der Wand weg, wenn es leichter wird.</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 1</extracomment>
            <translation>Wand</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_side_plank_knees</name>
        <message>
            <source>Side plank from the knees</source>
            <extracomment>name</extracomment>
            <translation>Seitstütz auf den Knien</translation>
        </message>
        <message>
            <source>Lift your hips while lying on your side, supported by your forearm and knees.</source>
            <extracomment>summary</extracomment>
            <translation>Heben Sie in Seitenlage Ihre Hüfte an, gestützt auf Unterarm und Knie.</translation>
        </message>
        <message>
            <source>Lie on your side with your knees bent behind you. Prop yourself up on your forearm, elbow under your shoulder.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf die Seite, die Knie nach hinten gebeugt. Stützen Sie sich auf den Unterarm, den Ellbogen unter der Schulter.</translation>
        </message>
        <message>
            <source>Lift your hips so your head, hips and knees make a straight line.</source>
            <extracomment>steps 2</extracomment>
            <translation>Heben Sie die Hüfte an, sodass Kopf, Hüfte und Knie eine gerade Linie bilden.</translation>
        </message>
        <message>
            <source>Hold and breathe, with your top hip stacked over the bottom one.</source>
            <extracomment>steps 3</extracomment>
            <translation>Halten Sie und atmen Sie dabei; die obere Hüfte liegt genau über der unteren.</translation>
        </message>
        <message>
            <source>Lower with control. Do all the holds on one side, then switch.</source>
            <extracomment>steps 4</extracomment>
            <translation>Senken Sie sich kontrolliert ab. Machen Sie alle Haltephasen auf einer Seite, dann wechseln Sie.</translation>
        </message>
        <message>
            <source>Push the floor away with your forearm.</source>
            <extracomment>cues 1</extracomment>
            <translation>Drücken Sie sich mit dem Unterarm vom Boden weg.</translation>
        </message>
        <message>
            <source>Shrugging your shoulder up to your ear.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Schulter zum Ohr hochziehen.</translation>
        </message>
        <message>
            <source>Letting your hips sag or drift back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Hüfte absinken oder nach hinten wandern lassen.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Die Luft anhalten.</translation>
        </message>
        <message>
            <source>Your shoulder hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Schulter schmerzt, oder der Rückenschmerz wird stechend.</translation>
        </message>
        <message>
            <source>When this feels easy, you can try it with straight legs, one foot in front of the other.</source>
            <extracomment>note</extracomment>
            <translation>Wenn sich das leicht anfühlt, können Sie es mit gestreckten Beinen versuchen, einen Fuß vor dem anderen.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_glute_bridge</name>
        <message>
            <source>Glute bridge</source>
            <extracomment>name</extracomment>
            <translation>Brücke (Beckenheben)</translation>
        </message>
        <message>
            <source>Lift your hips with your buttock muscles, pause, and lower them slowly.</source>
            <extracomment>summary</extracomment>
            <translation>Heben Sie die Hüfte mit Ihren Gesäßmuskeln an, halten Sie kurz inne und senken Sie sie langsam ab.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent, feet flat and hip-width apart.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.</translation>
        </message>
        <message>
            <source>Press through your heels and lift your hips until your knees, hips and shoulders are in line.</source>
            <extracomment>steps 2</extracomment>
            <translation>Drücken Sie sich über die Fersen ab und heben Sie die Hüfte, bis Knie, Hüfte und Schultern auf einer Linie sind.</translation>
        </message>
        <message>
            <source>Pause for two seconds and squeeze your buttocks.</source>
            <extracomment>steps 3</extracomment>
            <translation>Halten Sie zwei Sekunden inne und spannen Sie die Gesäßmuskeln an.</translation>
        </message>
        <message>
            <source>Lower slowly, letting your back come down bit by bit.</source>
            <extracomment>steps 4</extracomment>
            <translation>Senken Sie sich langsam ab und legen Sie den Rücken Stück für Stück wieder ab.</translation>
        </message>
        <message>
            <source>Lift with your buttocks, not by arching your back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Heben Sie mit den Gesäßmuskeln an, nicht durch ein Hohlkreuz.</translation>
        </message>
        <message>
            <source>Arching your back at the top.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Oben ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Letting your knees fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Knie nach innen fallen lassen.</translation>
        </message>
        <message>
            <source>Pushing through your toes.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Sich über die Zehen abdrücken.</translation>
        </message>
        <message>
            <source>The back of your thigh cramps (move your feet a little closer), or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Die Rückseite Ihres Oberschenkels verkrampft (stellen Sie die Füße etwas näher heran), oder Ihr Schmerz wird stechend.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_bridge_march</name>
        <message>
            <source>Bridge with march</source>
            <extracomment>name</extracomment>
            <translation>Brücke mit Fußheben im Wechsel</translation>
        </message>
        <message>
            <source>Hold a bridge and lift one foot at a time while your hips stay level.</source>
            <extracomment>summary</extracomment>
            <translation>Halten Sie die Brücke und heben Sie abwechselnd einen Fuß an, während Ihre Hüfte waagerecht bleibt.</translation>
        </message>
        <message>
            <source>Lift into a glute bridge and keep your hips level.</source>
            <extracomment>steps 1</extracomment>
            <translation>Gehen Sie in die Brücke und halten Sie die Hüfte waagerecht.</translation>
        </message>
        <message>
            <source>Slowly lift one foot a few centimetres off the floor without letting your pelvis drop.</source>
            <extracomment>steps 2</extracomment>
            <translation>Heben Sie langsam einen Fuß ein paar Zentimeter vom Boden ab, ohne dass Ihr Becken absinkt.</translation>
        </message>
        <message>
            <source>Put it down and lift the other foot.</source>
            <extracomment>steps 3</extracomment>
            <translation>Setzen Sie ihn ab und heben Sie den anderen Fuß an.</translation>
        </message>
        <message>
            <source>Lower the bridge when the set is done.</source>
            <extracomment>steps 4</extracomment>
            <translation>Senken Sie die Brücke ab, wenn der Satz beendet ist.</translation>
        </message>
        <message>
            <source>Keep both hip bones level, like headlights pointing at the ceiling.</source>
            <extracomment>cues 1</extracomment>
            <translation>Halten Sie beide Beckenknochen auf einer Höhe, wie Scheinwerfer, die zur Decke leuchten.</translation>
        </message>
        <message>
            <source>Letting your hips dip to one side.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Hüfte zu einer Seite absinken lassen.</translation>
        </message>
        <message>
            <source>Arching your back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Ins Hohlkreuz gehen.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Hetzen.</translation>
        </message>
        <message>
            <source>The back of your thigh cramps, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Die Rückseite Ihres Oberschenkels verkrampft, oder der Rückenschmerz wird stechend.</translation>
        </message>
        <message>
            <source>The next step up from the glute bridge.</source>
            <extracomment>note</extracomment>
            <translation>Der nächste Schritt nach der Brücke.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_child_pose</name>
        <message>
            <source>Supported child's pose</source>
            <extracomment>name</extracomment>
            <translation>Gestützte Stellung des Kindes</translation>
        </message>
        <message>
            <source>A supported, restful forward fold on your knees.</source>
            <extracomment>summary</extracomment>
            <translation>Ein gestütztes, erholsames Vorbeugen auf den Knien.</translation>
        </message>
        <message>
            <source>Kneel with your knees apart and big toes together. Put a cushion between your heels and buttocks if that is more comfortable.</source>
            <extracomment>steps 1</extracomment>
            <translation>Knien Sie sich hin, die Knie auseinander, die großen Zehen berühren sich. Legen Sie ein Kissen zwischen Fersen und Gesäß, wenn das angenehmer ist.</translation>
        </message>
        <message>
            <source>Walk your hands forward and lower your chest towards the floor or onto a pillow.</source>
            <extracomment>steps 2</extracomment>
            <translation>Wandern Sie mit den Händen nach vorn und senken Sie den Oberkörper Richtung Boden oder auf ein Kissen.</translation>
        </message>
        <message>
            <source>Rest your forehead down and breathe into your back.</source>
            <extracomment>steps 3</extracomment>
            <translation>Legen Sie die Stirn ab und atmen Sie in den Rücken.</translation>
        </message>
        <message>
            <source>Walk your hands back to come up.</source>
            <extracomment>steps 4</extracomment>
            <translation>Wandern Sie mit den Händen zurück, um sich aufzurichten.</translation>
        </message>
        <message>
            <source>Supported and restful.</source>
            <extracomment>cues 1</extracomment>
            <translation>Gestützt und erholsam.</translation>
        </message>
        <message>
            <source>Forcing your buttocks down to your heels.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Das Gesäß mit Gewalt auf die Fersen drücken.</translation>
        </message>
        <message>
            <source>Straining your knees.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Die Knie überlasten.</translation>
        </message>
        <message>
            <source>Your knees hurt (try knees to chest, lying on your back, instead), or bending forward makes your pain worse (try the sphinx instead).</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihre Knie schmerzen (versuchen Sie stattdessen „Knie zur Brust“ in Rückenlage), oder das Vorbeugen verstärkt Ihren Schmerz (versuchen Sie stattdessen die Sphinx).</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>cushion or folded blanket</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen oder gefaltete Decke</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_low_lunge</name>
        <message>
            <source>Supported low lunge</source>
            <extracomment>name</extracomment>
            <translation>Gestützter tiefer Ausfallschritt</translation>
        </message>
        <message>
            <source>A gentle lunge with the back knee on a cushion, stretching the front of the hip.</source>
            <extracomment>summary</extracomment>
            <translation>Ein sanfter Ausfallschritt mit dem hinteren Knie auf einem Kissen, der die Vorderseite der Hüfte dehnt.</translation>
        </message>
        <message>
            <source>Step one foot forward into a lunge and lower your back knee onto a cushion.</source>
            <extracomment>steps 1</extracomment>
            <translation>Machen Sie mit einem Fuß einen Ausfallschritt nach vorn und setzen Sie das hintere Knie auf einem Kissen ab.</translation>
        </message>
        <message>
            <source>Rest your hands on your front thigh, on blocks, or on a chair seat.</source>
            <extracomment>steps 2</extracomment>
            <translation>Stützen Sie die Hände auf den vorderen Oberschenkel, auf Yogablöcke oder auf eine Stuhlsitzfläche.</translation>
        </message>
        <message>
            <source>Ease your hips forward until you feel a gentle stretch at the front of the back hip, and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Schieben Sie die Hüfte sanft nach vorn, bis Sie vorn an der hinteren Hüfte eine leichte Dehnung spüren, und atmen Sie.</translation>
        </message>
        <message>
            <source>Step back and change sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Kommen Sie zurück und wechseln Sie die Seite.</translation>
        </message>
        <message>
            <source>Grow tall through your trunk.</source>
            <extracomment>cues 1</extracomment>
            <translation>Richten Sie den Oberkörper lang auf.</translation>
        </message>
        <message>
            <source>Sinking into a deep arch.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>In ein tiefes Hohlkreuz sinken.</translation>
        </message>
        <message>
            <source>Letting your front knee go well past your toes.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Das vordere Knie weit über die Zehen hinausschieben.</translation>
        </message>
        <message>
            <source>Your knee hurts, or your lower back pinches.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Knie schmerzt, oder Ihr unterer Rücken zwickt.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>cushion under the back knee</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen unter dem hinteren Knie</translation>
        </message>
        <message>
            <source>chair or blocks for the hands</source>
            <extracomment>equipment 3</extracomment>
            <translation>Stuhl oder Yogablöcke für die Hände</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_hamstring_bent_knee</name>
        <message>
            <source>Lying hamstring stretch, hands behind the thigh</source>
            <extracomment>name</extracomment>
            <translation>Hamstring-Dehnung liegend, mit Händen</translation>
        </message>
        <message>
            <source>Hold behind one thigh and straighten the knee part of the way: a softer stretch for the back of the thigh.</source>
            <extracomment>summary</extracomment>
            <translation>Halten Sie einen Oberschenkel von hinten und strecken Sie das Knie nur teilweise: eine sanftere Dehnung für die Rückseite des Oberschenkels.</translation>
        </message>
        <message>
            <source>Lie on your back with both knees bent and your feet flat.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, beide Knie gebeugt, die Füße flach.</translation>
        </message>
        <message>
            <source>Bring one knee up towards you and hold behind that thigh with both hands, knee bent.</source>
            <extracomment>steps 2</extracomment>
            <translation>Ziehen Sie ein Knie zu sich heran und halten Sie den Oberschenkel mit beiden Händen von hinten, das Knie gebeugt.</translation>
        </message>
        <message>
            <source>Slowly straighten the knee only until you feel a mild stretch behind the thigh. The knee can stay well bent.</source>
            <extracomment>steps 3</extracomment>
            <translation>Strecken Sie das Knie langsam, nur bis Sie hinten am Oberschenkel eine leichte Dehnung spüren. Das Knie darf deutlich gebeugt bleiben.</translation>
        </message>
        <message>
            <source>Hold and breathe, then bend the knee, lower the foot and switch legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Halten Sie und atmen Sie, dann beugen Sie das Knie, setzen den Fuß ab und wechseln das Bein.</translation>
        </message>
        <message>
            <source>Mild stretch only; the other foot stays on the floor.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nur eine leichte Dehnung; der andere Fuß bleibt am Boden.</translation>
        </message>
        <message>
            <source>Pulling the thigh hard towards you.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Den Oberschenkel kräftig zu sich heranziehen.</translation>
        </message>
        <message>
            <source>Lifting your head and shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Kopf und Schultern anheben.</translation>
        </message>
        <message>
            <source>You feel tingling, burning or pain spreading down the leg: bend the knee more, or leave it out.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie spüren Kribbeln, Brennen oder Schmerz, der ins Bein ausstrahlt: Beugen Sie das Knie stärker oder lassen Sie die Übung weg.</translation>
        </message>
        <message>
            <source>Your hands hold the leg, so there is no strap to manage and the stretch stays small.</source>
            <extracomment>note</extracomment>
            <translation>Ihre Hände halten das Bein, so müssen Sie keinen Gurt handhaben, und die Dehnung bleibt klein.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_supine_hamstring</name>
        <message>
            <source>Lying hamstring stretch with strap</source>
            <extracomment>name</extracomment>
            <translation>Hamstring-Dehnung liegend, mit Gurt</translation>
        </message>
        <message>
            <source>Lying on your back, use a strap to ease one leg up and stretch the back of the thigh.</source>
            <extracomment>summary</extracomment>
            <translation>Führen Sie in Rückenlage ein Bein mit einem Gurt nach oben und dehnen Sie die Rückseite des Oberschenkels.</translation>
        </message>
        <message>
            <source>Lie on your back with both knees bent.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, beide Knie gebeugt.</translation>
        </message>
        <message>
            <source>Loop a strap around one foot and lift that leg towards the ceiling, knee slightly bent.</source>
            <extracomment>steps 2</extracomment>
            <translation>Legen Sie einen Gurt um einen Fuß und heben Sie dieses Bein Richtung Decke, das Knie leicht gebeugt.</translation>
        </message>
        <message>
            <source>Ease the leg straighter until you feel a mild stretch behind your thigh, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Strecken Sie das Bein allmählich weiter, bis Sie hinten am Oberschenkel eine leichte Dehnung spüren, und halten Sie.</translation>
        </message>
        <message>
            <source>Lower the leg and switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Senken Sie das Bein ab und wechseln Sie die Seite.</translation>
        </message>
        <message>
            <source>A mild stretch only.</source>
            <extracomment>cues 1</extracomment>
            <translation>Nur eine leichte Dehnung.</translation>
        </message>
        <message>
            <source>Your other foot stays on the floor.</source>
            <extracomment>cues 2</extracomment>
            <translation>Ihr anderer Fuß bleibt am Boden.</translation>
        </message>
        <message>
            <source>Yanking on the strap.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ruckartig am Gurt ziehen.</translation>
        </message>
        <message>
            <source>Lifting your head and shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Kopf und Schultern anheben.</translation>
        </message>
        <message>
            <source>You feel tingling, burning or pain spreading down your leg. Bend your knee more, or skip this one today.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sie spüren Kribbeln, Brennen oder Schmerz, der ins Bein ausstrahlt. Beugen Sie das Knie stärker oder lassen Sie die Übung heute aus.</translation>
        </message>
        <message>
            <source>Lying down keeps your back supported, which makes this kinder than standing forward folds with straight legs.</source>
            <extracomment>note</extracomment>
            <translation>Im Liegen bleibt Ihr Rücken gestützt; das macht diese Dehnung schonender als Vorbeugen im Stehen mit gestreckten Beinen.</translation>
        </message>
        <message>
            <source>strap, belt or towel</source>
            <extracomment>equipment 1</extracomment>
            <translation>Gurt, Gürtel oder Handtuch</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_supine_twist</name>
        <message>
            <source>Supported lying twist</source>
            <extracomment>name</extracomment>
            <translation>Gestützte Drehung in Rückenlage</translation>
        </message>
        <message>
            <source>Let your bent knees rest to one side on a cushion and let your back soften.</source>
            <extracomment>summary</extracomment>
            <translation>Legen Sie die gebeugten Knie zu einer Seite auf einem Kissen ab und lassen Sie Ihren Rücken weich werden.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and together.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt und geschlossen.</translation>
        </message>
        <message>
            <source>Let both knees lower to one side onto a cushion, with your shoulders relaxed on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lassen Sie beide Knie zu einer Seite auf ein Kissen sinken; die Schultern liegen entspannt am Boden.</translation>
        </message>
        <message>
            <source>Breathe slowly, let your back soften, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie langsam, lassen Sie den Rücken weich werden und halten Sie.</translation>
        </message>
        <message>
            <source>Bring your knees back through the middle and go to the other side.</source>
            <extracomment>steps 4</extracomment>
            <translation>Führen Sie die Knie über die Mitte zurück und wechseln Sie zur anderen Seite.</translation>
        </message>
        <message>
            <source>Let gravity do the work; the cushion supports your knees.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lassen Sie die Schwerkraft arbeiten; das Kissen stützt Ihre Knie.</translation>
        </message>
        <message>
            <source>Forcing your knees to the floor.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Die Knie mit Gewalt zum Boden drücken.</translation>
        </message>
        <message>
            <source>Your pain increases or spreads into a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Ihr Schmerz nimmt zu oder strahlt ins Bein aus.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>cushion</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_knees_to_chest</name>
        <message>
            <source>Knees to chest</source>
            <extracomment>name</extracomment>
            <translation>Knie zur Brust (Päckchen)</translation>
        </message>
        <message>
            <source>Hug your knees gently towards your chest and let your back relax.</source>
            <extracomment>summary</extracomment>
            <translation>Ziehen Sie die Knie sanft zur Brust und lassen Sie Ihren Rücken entspannen.</translation>
        </message>
        <message>
            <source>Lie on your back and bring one knee, then the other, towards your chest.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken und ziehen Sie erst ein Knie, dann das andere zur Brust.</translation>
        </message>
        <message>
            <source>Hold behind your thighs, not over your knees, and let your back relax.</source>
            <extracomment>steps 2</extracomment>
            <translation>Halten Sie die Beine hinten an den Oberschenkeln, nicht über den Knien, und lassen Sie den Rücken entspannen.</translation>
        </message>
        <message>
            <source>Rock gently from side to side, or stay still and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Schaukeln Sie sanft von einer Seite zur anderen, oder bleiben Sie ruhig liegen und atmen Sie.</translation>
        </message>
        <message>
            <source>Lower one foot at a time.</source>
            <extracomment>steps 4</extracomment>
            <translation>Setzen Sie die Füße nacheinander wieder ab.</translation>
        </message>
        <message>
            <source>A comfortable hug, not a squeeze.</source>
            <extracomment>cues 1</extracomment>
            <translation>Eine angenehme Umarmung, kein Zusammenpressen.</translation>
        </message>
        <message>
            <source>Lifting your head.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Den Kopf anheben.</translation>
        </message>
        <message>
            <source>Pulling hard on your knees.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Kräftig an den Knien ziehen.</translation>
        </message>
        <message>
            <source>Bending makes your pain worse. Try the sphinx, or simply lie flat instead.</source>
            <extracomment>stop_if</extracomment>
            <translation>Das Beugen verstärkt Ihren Schmerz. Versuchen Sie stattdessen die Sphinx, oder legen Sie sich einfach flach hin.</translation>
        </message>
        <message>
            <source>A good flare-day choice if your back likes bending forward.</source>
            <extracomment>note</extracomment>
            <translation>Eine gute Wahl an einem Schubtag, wenn Ihrem Rücken das Vorbeugen guttut.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_rest</name>
        <message>
            <source>Constructive rest</source>
            <extracomment>name</extracomment>
            <translation>Entspannte Rückenlage</translation>
        </message>
        <message>
            <source>Lie back, let the floor hold you, and breathe.</source>
            <extracomment>summary</extracomment>
            <translation>Legen Sie sich hin, lassen Sie sich vom Boden tragen und atmen Sie.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent, or your calves resting on a chair seat, and a small pillow under your head.</source>
            <extracomment>steps 1</extracomment>
            <translation>Legen Sie sich auf den Rücken, die Knie gebeugt oder die Unterschenkel auf einer Stuhlsitzfläche, ein kleines Kissen unter dem Kopf.</translation>
        </message>
        <message>
            <source>Let the floor take your weight, and rest your hands on your belly.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lassen Sie den Boden Ihr Gewicht tragen und legen Sie die Hände auf den Bauch.</translation>
        </message>
        <message>
            <source>Breathe slowly, letting each out-breath be a little longer than the in-breath.</source>
            <extracomment>steps 3</extracomment>
            <translation>Atmen Sie langsam und lassen Sie jedes Ausatmen etwas länger werden als das Einatmen.</translation>
        </message>
        <message>
            <source>There is nothing to achieve; just rest.</source>
            <extracomment>cues 1</extracomment>
            <translation>Es gibt nichts zu erreichen; ruhen Sie einfach.</translation>
        </message>
        <message>
            <source>Treating it as a stretch.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Es als Dehnung behandeln.</translation>
        </message>
        <message>
            <source>Lying on your back is uncomfortable. Lie on your side with a pillow between your knees instead.</source>
            <extracomment>stop_if</extracomment>
            <translation>Die Rückenlage ist unangenehm. Legen Sie sich stattdessen auf die Seite, mit einem Kissen zwischen den Knien.</translation>
        </message>
        <message>
            <source>A calm way to finish a session, and a gentle way to start a flare day.</source>
            <extracomment>note</extracomment>
            <translation>Ein ruhiger Abschluss einer Einheit und ein sanfter Start in einen Schubtag.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>Matte</translation>
        </message>
        <message>
            <source>pillow or bolster under the knees, or a chair for the calves</source>
            <extracomment>equipment 2</extracomment>
            <translation>Kissen oder Polster unter den Knien, oder ein Stuhl für die Unterschenkel</translation>
        </message>
    </context>
    <context>
        <name>routine rt_back_basics</name>
        <message>
            <source>Back Basics</source>
            <extracomment>title</extracomment>
            <translation>Rücken-Grundprogramm</translation>
        </message>
        <message>
            <source>The place to start: gentle trunk control, lying down and on all fours.</source>
            <extracomment>summary</extracomment>
            <translation>Der Einstieg: sanftes Rumpftraining im Liegen und im Vierfüßlerstand.</translation>
        </message>
        <message>
            <source>For anyone starting out, or coming back after a break. Do it 2–3 times a week, on days that are not back to back. In your first two weeks, do just the first set of each exercise; from week 3, do the whole routine. Some discomfort is normal (hurt does not equal harm), and after 2–4 comfortable weeks you are ready for Core Control.</source>
            <extracomment>description</extracomment>
            <translation>Für alle, die anfangen oder nach einer Pause wieder einsteigen. Üben Sie 2–3-mal pro Woche, nicht an zwei Tagen direkt hintereinander. In den ersten zwei Wochen machen Sie von jeder Übung nur den ersten Satz; ab Woche 3 die ganze Routine. Gewisse Beschwerden sind normal (Schmerz bedeutet nicht Schaden), und nach 2–4 angenehmen Wochen sind Sie bereit für „Rumpfkontrolle“.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 8 cue</extracomment>
            <translation>4 Sekunden ein-, 6 Sekunden ausatmen</translation>
        </message>
    </context>
    <context>
        <name>routine rt_core_control</name>
        <message>
            <source>Core Control</source>
            <extracomment>title</extracomment>
            <translation>Rumpfkontrolle</translation>
        </message>
        <message>
            <source>The 'big three' trunk exercises plus dead bug and bridge march. Move on to this after 2–4 weeks of Back Basics.</source>
            <extracomment>summary</extracomment>
            <translation>Die „Big Three“ für den Rumpf, dazu Dead Bug und Brücke mit Fußheben. Der nächste Schritt nach 2–4 Wochen „Rücken-Grundprogramm“.</translation>
        </message>
        <message>
            <source>For when Back Basics feels easy. Do it 2–3 times a week, taking turns with Posture &amp; Extension, and build up to 3 sessions a week. Bring in the harder moves one at a time, and keep holds short: add reps or sets rather than longer holds. Step up only when your pain stays at 5/10 or below during exercise and has settled by the next morning, and you felt you could have done 2–3 more.</source>
            <extracomment>description</extracomment>
            <translation>Für alle, denen das „Rücken-Grundprogramm“ leichtfällt. Üben Sie 2–3-mal pro Woche im Wechsel mit „Haltung &amp; Streckung“ und steigern Sie sich auf 3 Einheiten pro Woche. Nehmen Sie die schwierigeren Übungen einzeln hinzu und halten Sie die Haltephasen kurz: Steigern Sie lieber Wiederholungen oder Sätze als die Haltedauer. Steigern Sie nur, wenn Ihr Schmerz beim Üben bei 5/10 oder darunter bleibt, bis zum nächsten Morgen abgeklungen ist und Sie das Gefühl hatten, dass Sie noch 2–3 Wiederholungen mehr geschafft hätten.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_warm_up</name>
        <message>
            <source>Dynamic Warm-Up</source>
            <extracomment>title</extracomment>
            <translation>Dynamisches Aufwärmen</translation>
        </message>
        <message>
            <source>Smooth, controlled standing moves to warm up before a walk, or on their own.</source>
            <extracomment>summary</extracomment>
            <translation>Fließende, kontrollierte Bewegungen im Stehen, zum Aufwärmen vor dem Gehen oder für sich allein.</translation>
        </message>
        <message>
            <source>Use it before a walk or a workout, or any time you feel stiff; daily is fine. It is a warm-up rather than a treatment on its own, so pair it with your strength and walking routines. Keep every movement smooth and within a comfortable range.</source>
            <extracomment>description</extracomment>
            <translation>Nutzen Sie diese Routine vor einem Spaziergang oder einem Training oder immer dann, wenn Sie sich steif fühlen; täglich ist in Ordnung. Sie dient dem Aufwärmen und ist keine eigenständige Behandlung; kombinieren Sie sie also mit Ihren Kraft- und Gehroutinen. Führen Sie jede Bewegung fließend und in einem angenehmen Bewegungsbereich aus.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_desk_reset</name>
        <message>
            <source>Desk Reset</source>
            <extracomment>title</extracomment>
            <translation>Schreibtischpause</translation>
        </message>
        <message>
            <source>A short movement break for long spells of sitting: the best posture is the next one.</source>
            <extracomment>summary</extracomment>
            <translation>Eine kurze Bewegungspause bei langem Sitzen: Die beste Haltung ist die nächste.</translation>
        </message>
        <message>
            <source>For anyone who sits a lot. There is no single correct way to sit; changing position often is what helps you feel better. Take this break every 30–60 minutes of sitting; it takes about six minutes and stays that short.</source>
            <extracomment>description</extracomment>
            <translation>Für alle, die viel sitzen. Es gibt nicht die eine richtige Sitzhaltung; häufige Positionswechsel helfen Ihnen, sich besser zu fühlen. Machen Sie diese Pause nach jeweils 30–60 Minuten Sitzen; sie dauert etwa sechs Minuten und bleibt auch so kurz.</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 4 note</extracomment>
            <translation>Die Beugebewegung als Ausgleich nach der Rückbeuge: Behalten Sie sie bei, wenn Vorbeugen Ihrem Rücken guttut, und lassen Sie sie sonst weg.</translation>
        </message>
        <message>
            <source>One set is enough in a desk break.</source>
            <extracomment>block 6 note</extracomment>
            <translation>In einer Schreibtischpause reicht ein Satz.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_posture_strength</name>
        <message>
            <source>Posture &amp; Extension</source>
            <extracomment>title</extracomment>
            <translation>Haltung &amp; Streckung</translation>
        </message>
        <message>
            <source>Getting comfortable with bending backwards, freeing up your hips and upper back, and building everyday strength.</source>
            <extracomment>summary</extracomment>
            <translation>Sich mit dem Rückbeugen anfreunden, Hüften und oberen Rücken beweglicher machen und Alltagskraft aufbauen.</translation>
        </message>
        <message>
            <source>For after your first month, taking turns with Core Control, 2–3 times a week and later up to 3 sessions a week. It warms up with cat–camel, and child's pose after the sphinx and press-up bends you the other way. If the back-arching moves send pain into a leg, leave them out for the day. Step up the strength moves one thing at a time (a rep or two more, or an extra set); the stretches keep the same comfortable holds.</source>
            <extracomment>description</extracomment>
            <translation>Für die Zeit nach Ihrem ersten Monat, im Wechsel mit „Rumpfkontrolle“, 2–3-mal pro Woche und später bis zu 3 Einheiten pro Woche. Zum Aufwärmen gibt es Katze-Kuh, und nach Sphinx und Hochdrücken beugt Sie die Stellung des Kindes in die Gegenrichtung. Wenn die Übungen mit Rückbeuge Schmerz ins Bein ausstrahlen lassen, lassen Sie sie für diesen Tag weg. Steigern Sie die Kraftübungen immer nur in einem Punkt (ein oder zwei Wiederholungen mehr oder ein zusätzlicher Satz); die Dehnungen behalten dieselben angenehmen Haltephasen.</translation>
        </message>
        <message>
            <source>Warm-up: easy movement in both directions before the back-arching work.</source>
            <extracomment>block 1 note</extracomment>
            <translation>Aufwärmen: lockere Bewegung in beide Richtungen vor den Übungen mit Rückbeuge.</translation>
        </message>
        <message>
            <source>The bending counter-move after the back-arching pair: rest here, or use knees to chest if kneeling is uncomfortable.</source>
            <extracomment>block 5 note</extracomment>
            <translation>Die Beugebewegung als Ausgleich nach den beiden Rückbeugen: Ruhen Sie sich hier aus, oder nehmen Sie „Knie zur Brust“, wenn Knien unangenehm ist.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_self_massage</name>
        <message>
            <source>Self-Massage &amp; Release</source>
            <extracomment>title</extracomment>
            <translation>Selbstmassage &amp; Entspannung</translation>
        </message>
        <message>
            <source>Short self-massage for your buttocks, lower back, upper back and calves, finished with slow breathing.</source>
            <extracomment>summary</extracomment>
            <translation>Kurze Selbstmassage für Gesäß, unteren Rücken, oberen Rücken und Waden, zum Abschluss langsames Atmen.</translation>
        </message>
        <message>
            <source>Optional: once or twice a week, or before exercise. Self-massage gives short-term comfort that can make moving easier, and it works best alongside your exercise rather than instead of it. Keep the pressure at about 4/10 or less, and keep the foam roller off your lower back.</source>
            <extracomment>description</extracomment>
            <translation>Optional: ein- bis zweimal pro Woche oder vor dem Training. Selbstmassage verschafft kurzfristig Erleichterung, die das Bewegen leichter machen kann, und wirkt am besten zusätzlich zu Ihren Übungen statt an ihrer Stelle. Halten Sie den Druck bei etwa 4/10 oder darunter und halten Sie die Faszienrolle vom unteren Rücken fern.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 5 cue</extracomment>
            <translation>4 Sekunden ein-, 6 Sekunden ausatmen</translation>
        </message>
    </context>
    <context>
        <name>routine rt_walk_easy</name>
        <message>
            <source>Walk It Out</source>
            <extracomment>title</extracomment>
            <translation>Einfach losgehen</translation>
        </message>
        <message>
            <source>A short warm-up and an easy walk. Add 2–5 minutes a week, working towards 30 minutes.</source>
            <extracomment>summary</extracomment>
            <translation>Ein kurzes Aufwärmen und ein lockerer Spaziergang. Verlängern Sie ihn jede Woche um 2–5 Minuten, bis Sie bei 30 Minuten sind.</translation>
        </message>
        <message>
            <source>Start with a walk you can manage comfortably, often 5–10 minutes, 3–5 days a week. Each week add 2–5 minutes to the walk (change its length in the routine editor), working towards about 30 minutes on at least 5 days a week. Decide the length before you set off, and stick to it on good days too.</source>
            <extracomment>description</extracomment>
            <translation>Beginnen Sie mit einem Spaziergang, den Sie bequem schaffen, oft 5–10 Minuten, an 3–5 Tagen pro Woche. Verlängern Sie den Spaziergang jede Woche um 2–5 Minuten (die Dauer ändern Sie unter „Routine bearbeiten“), bis Sie bei etwa 30 Minuten an mindestens 5 Tagen pro Woche sind. Legen Sie die Dauer fest, bevor Sie losgehen, und halten Sie sich auch an guten Tagen daran.</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>Die Beugebewegung als Ausgleich nach der Rückbeuge: Behalten Sie sie bei, wenn Vorbeugen Ihrem Rücken guttut, und lassen Sie sie sonst weg.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_brisk_intervals</name>
        <message>
            <source>Brisk Intervals</source>
            <extracomment>title</extracomment>
            <translation>Zügige Intervalle</translation>
        </message>
        <message>
            <source>Walk in turns, brisk and easy, or use the same pattern on a bike.</source>
            <extracomment>summary</extracomment>
            <translation>Gehen Sie im Wechsel zügig und locker, oder nutzen Sie dasselbe Muster auf dem Rad.</translation>
        </message>
        <message>
            <source>For when easy walks of 20 minutes or more feel comfortable. Use it about once a week in place of one of your usual walks. Brisk means you can still talk, but not sing; if the next morning feels no worse than usual, you are at the right level.</source>
            <extracomment>description</extracomment>
            <translation>Für die Zeit, in der sich lockere Spaziergänge von 20 Minuten oder mehr angenehm anfühlen. Nutzen Sie die Routine etwa einmal pro Woche anstelle eines Ihrer üblichen Spaziergänge. Zügig heißt: Sie können noch sprechen, aber nicht mehr singen. Wenn sich der nächste Morgen nicht schlechter anfühlt als sonst, sind Sie im richtigen Bereich.</translation>
        </message>
        <message>
            <source>Brisk</source>
            <extracomment>block 3 work_label</extracomment>
            <translation>Zügig</translation>
        </message>
        <message>
            <source>Easy</source>
            <extracomment>block 3 rest_label</extracomment>
            <translation>Locker</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>Die Beugebewegung als Ausgleich nach der Rückbeuge: Behalten Sie sie bei, wenn Vorbeugen Ihrem Rücken guttut, und lassen Sie sie sonst weg.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_bike</name>
        <message>
            <source>Easy Bike Session</source>
            <extracomment>title</extracomment>
            <translation>Lockere Radeinheit</translation>
        </message>
        <message>
            <source>Cycling instead of walking, on an exercise bike or out on the road.</source>
            <extracomment>summary</extracomment>
            <translation>Radfahren statt Gehen, auf dem Heimtrainer oder draußen auf der Straße.</translation>
        </message>
        <message>
            <source>Use it in place of a walk whenever you like, or once a week for variety. The same rules as walking apply: start with what feels comfortable and add a few minutes a week, working towards about 30 minutes.</source>
            <extracomment>description</extracomment>
            <translation>Nutzen Sie sie statt eines Spaziergangs, wann immer Sie möchten, oder einmal pro Woche zur Abwechslung. Es gelten dieselben Regeln wie beim Gehen: Beginnen Sie mit dem, was sich angenehm anfühlt, und verlängern Sie jede Woche um ein paar Minuten, bis Sie bei etwa 30 Minuten sind.</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>Die Beugebewegung als Ausgleich nach der Rückbeuge: Behalten Sie sie bei, wenn Vorbeugen Ihrem Rücken guttut, und lassen Sie sie sonst weg.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_gentle_yoga</name>
        <message>
            <source>Gentle Yoga for the Back</source>
            <extracomment>title</extracomment>
            <translation>Sanftes Yoga für den Rücken</translation>
        </message>
        <message>
            <source>Supported poses for flexibility, strength and relaxation, with slow breathing.</source>
            <extracomment>summary</extracomment>
            <translation>Gestützte Haltungen für Beweglichkeit, Kraft und Entspannung, mit langsamem Atmen.</translation>
        </message>
        <message>
            <source>Once or twice a week, or whenever you would like a calm session. It has a forward-bending pose (knees to chest) and a back-arching one (sphinx): keep whichever eases your back and skip the other. A little extra soreness afterwards is common and settles.</source>
            <extracomment>description</extracomment>
            <translation>Ein- bis zweimal pro Woche oder immer dann, wenn Sie eine ruhige Einheit möchten. Sie enthält eine Haltung mit Vorbeugen („Knie zur Brust“) und eine mit Rückbeuge (Sphinx): Behalten Sie die, die Ihrem Rücken guttut, und lassen Sie die andere weg. Leichte zusätzliche Beschwerden danach sind häufig und klingen wieder ab.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_breathe_unwind</name>
        <message>
            <source>Breathe &amp; Unwind</source>
            <extracomment>title</extracomment>
            <translation>Atmen &amp; Entspannen</translation>
        </message>
        <message>
            <source>Slow breathing, gentle muscle relaxation and a body scan to help you unwind.</source>
            <extracomment>summary</extracomment>
            <translation>Langsames Atmen, sanfte Muskelentspannung und ein Body-Scan zum Abschalten.</translation>
        </message>
        <message>
            <source>Daily if it helps, or whenever stress builds up. Calming body and mind is a recommended part of living with long-lasting back pain. Find somewhere quiet where you can sit or lie comfortably.</source>
            <extracomment>description</extracomment>
            <translation>Täglich, wenn es Ihnen hilft, oder immer dann, wenn sich Stress aufbaut. Körper und Geist zu beruhigen ist ein empfohlener Teil des Lebens mit lang anhaltenden Rückenschmerzen. Suchen Sie sich einen ruhigen Ort, an dem Sie bequem sitzen oder liegen können.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 1 cue</extracomment>
            <translation>4 Sekunden ein-, 6 Sekunden ausatmen</translation>
        </message>
        <message>
            <source>Feet</source>
            <extracomment>block 2 rep_labels 1</extracomment>
            <translation>Füße</translation>
        </message>
        <message>
            <source>Calves</source>
            <extracomment>block 2 rep_labels 2</extracomment>
            <translation>Waden</translation>
        </message>
        <message>
            <source>Thighs</source>
            <extracomment>block 2 rep_labels 3</extracomment>
            <translation>Oberschenkel</translation>
        </message>
        <message>
            <source>Buttocks</source>
            <extracomment>block 2 rep_labels 4</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <source>Hands</source>
            <extracomment>block 2 rep_labels 5</extracomment>
            <translation>Hände</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <extracomment>block 2 rep_labels 6</extracomment>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>Face</source>
            <extracomment>block 2 rep_labels 7</extracomment>
            <translation>Gesicht</translation>
        </message>
        <message>
            <source>Whole body</source>
            <extracomment>block 2 rep_labels 8</extracomment>
            <translation>Ganzer Körper</translation>
        </message>
    </context>
    <context>
        <name>routine rt_flare_day</name>
        <message>
            <source>Flare-Up Day</source>
            <extracomment>title</extracomment>
            <translation>Schubtag</translation>
        </message>
        <message>
            <source>For bad days: keep moving gently, in the directions that ease. Skip any step you like.</source>
            <extracomment>summary</extracomment>
            <translation>Für schlechte Tage: Bleiben Sie sanft in Bewegung, in die Richtungen, die entlasten. Sie können jeden Schritt auslassen.</translation>
        </message>
        <message>
            <source>Flares are common and usually settle within days to a couple of weeks; they rarely mean anything new is wrong. Do this once or twice a day, take short walks of 3–5 minutes several times a day, and change position often; heat, comfy positions and slow breathing can help too. Halve your strength routines or rest them for a few days, then build back up over 1–2 weeks. Check 'When to get help', and see a clinician if the flare is not easing after about two weeks or keeps coming back.</source>
            <extracomment>description</extracomment>
            <translation>Schmerzschübe sind häufig und klingen meist innerhalb von Tagen bis etwa zwei Wochen ab; selten bedeuten sie, dass etwas Neues nicht in Ordnung ist. Machen Sie diese Routine ein- bis zweimal am Tag, gehen Sie mehrmals täglich kurz spazieren (3–5 Minuten) und wechseln Sie oft die Position; auch Wärme, eine bequeme Lagerung und langsames Atmen können helfen. Halbieren Sie Ihre Kraftroutinen oder setzen Sie sie ein paar Tage aus und bauen Sie sie dann über 1–2 Wochen wieder auf. Lesen Sie „Wann Sie Hilfe holen sollten“, und lassen Sie es ärztlich oder physiotherapeutisch abklären, wenn der Schub nach etwa zwei Wochen nicht nachlässt oder immer wiederkommt.</translation>
        </message>
        <message>
            <source>A shorter flare-day dose.</source>
            <extracomment>block 1 note</extracomment>
            <translation>Für den Schubtag kürzer dosiert.</translation>
        </message>
        <message>
            <source>A lighter flare-day dose. Keep the movement small.</source>
            <extracomment>block 2 note</extracomment>
            <translation>Für den Schubtag leichter dosiert. Halten Sie die Bewegung klein.</translation>
        </message>
        <message>
            <source>A lighter flare-day dose. Roll only as far as is comfortable.</source>
            <extracomment>block 3 note</extracomment>
            <translation>Für den Schubtag leichter dosiert. Kippen Sie die Knie nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>A lighter flare-day dose.</source>
            <extracomment>block 4 note</extracomment>
            <translation>Für den Schubtag leichter dosiert.</translation>
        </message>
        <message>
            <source>Shorter holds for a flare day. Keep this one if arching back eases your back; skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>Kürzere Haltephasen für einen Schubtag. Behalten Sie diese Übung bei, wenn die Rückbeuge Ihrem Rücken guttut; lassen Sie sie sonst weg.</translation>
        </message>
        <message>
            <source>Keep this one if bending forward eases your back; skip it if it doesn't.</source>
            <extracomment>block 6 note</extracomment>
            <translation>Behalten Sie diese Übung bei, wenn Vorbeugen Ihrem Rücken guttut; lassen Sie sie sonst weg.</translation>
        </message>
        <message>
            <source>A longer, easy march: gentle movement is the aim today.</source>
            <extracomment>block 8 note</extracomment>
            <translation>Längeres, lockeres Marschieren: Sanfte Bewegung ist heute das Ziel.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 9 cue</extracomment>
            <translation>4 Sekunden ein-, 6 Sekunden ausatmen</translation>
        </message>
    </context>
</TS>
