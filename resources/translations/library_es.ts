<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>exercise aer_walk_easy</name>
        <message>
            <source>Easy walk</source>
            <extracomment>name</extracomment>
            <translation>Caminata suave</translation>
        </message>
        <message>
            <source>An easy walk at a chatting pace: the backbone of staying active.</source>
            <extracomment>summary</extracomment>
            <translation>Una caminata suave a ritmo de charla: la base para seguir en movimiento.</translation>
        </message>
        <message>
            <source>Walk at an easy pace where you could chat comfortably, about 3 out of 10 effort.</source>
            <extracomment>steps 1</extracomment>
            <translation>Camina a un ritmo suave que te permita charlar con comodidad, con un esfuerzo de unos 3 sobre 10.</translation>
        </message>
        <message>
            <source>Let your arms swing and take normal-length steps.</source>
            <extracomment>steps 2</extracomment>
            <translation>Deja que los brazos se balanceen y da pasos de longitud normal.</translation>
        </message>
        <message>
            <source>If pain builds, slow down or stop for a short rest, then carry on.</source>
            <extracomment>steps 3</extracomment>
            <translation>Si el dolor aumenta, ve más despacio o para a descansar un momento, y luego sigue.</translation>
        </message>
        <message>
            <source>Add a few minutes each week, rather than walking a long way on a good day.</source>
            <extracomment>steps 4</extracomment>
            <translation>Añade unos minutos cada semana, en vez de caminar mucho un día bueno.</translation>
        </message>
        <message>
            <source>Little and often beats far.</source>
            <extracomment>cues 1</extracomment>
            <translation>Mejor poco y a menudo que mucho de una vez.</translation>
        </message>
        <message>
            <source>A huge walk on a good day, then nothing for the next three.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Una caminata enorme un día bueno y luego nada en los tres días siguientes.</translation>
        </message>
        <message>
            <source>Chest pain, unusual breathlessness, dizziness, or leg symptoms that keep spreading.</source>
            <extracomment>stop_if</extracomment>
            <translation>Dolor en el pecho, falta de aire inusual, mareo o síntomas en la pierna que se siguen extendiendo.</translation>
        </message>
        <message>
            <source>Regular walking helps: in a large trial, people who built up a walking habit had fewer spells of back pain that held them back. Aim to build up to about 30 minutes on most days.</source>
            <extracomment>note</extracomment>
            <translation>Caminar con regularidad ayuda: en un ensayo amplio, las personas que crearon el hábito de caminar tuvieron menos episodios de dolor de espalda que les limitaran. Intenta llegar poco a poco a unos 30 minutos la mayoría de los días.</translation>
        </message>
        <message>
            <source>comfortable shoes</source>
            <extracomment>equipment 1</extracomment>
            <translation>calzado cómodo</translation>
        </message>
        <message>
            <source>treadmill (optional)</source>
            <extracomment>equipment 2</extracomment>
            <translation>cinta de correr (opcional)</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_walk_brisk_intervals</name>
        <message>
            <source>Brisk walk intervals</source>
            <extracomment>name</extracomment>
            <translation>Caminata con intervalos rápidos</translation>
        </message>
        <message>
            <source>Walk in turns: brisk for three minutes, then easy for two.</source>
            <extracomment>summary</extracomment>
            <translation>Camina alternando: a paso rápido durante tres minutos y a paso suave durante dos.</translation>
        </message>
        <message>
            <source>Warm up with a few minutes of easy walking.</source>
            <extracomment>steps 1</extracomment>
            <translation>Calienta con unos minutos de caminata suave.</translation>
        </message>
        <message>
            <source>When you hear 'Brisk', walk fast enough that you can talk but not sing (about 5 or 6 out of 10).</source>
            <extracomment>steps 2</extracomment>
            <translation>Cuando oigas «Rápido», camina tan deprisa que puedas hablar pero no cantar (unos 5 o 6 sobre 10).</translation>
        </message>
        <message>
            <source>When you hear 'Easy', slow to a comfortable pace and let your breathing settle.</source>
            <extracomment>steps 3</extracomment>
            <translation>Cuando oigas «Suave», baja a un ritmo cómodo y deja que la respiración se calme.</translation>
        </message>
        <message>
            <source>Cool down with easy walking at the end.</source>
            <extracomment>steps 4</extracomment>
            <translation>Al final, vuelve a la calma caminando a ritmo suave.</translation>
        </message>
        <message>
            <source>Brisk, not breathless.</source>
            <extracomment>cues 1</extracomment>
            <translation>Rápido, pero sin quedarte sin aliento.</translation>
        </message>
        <message>
            <source>Starting too fast.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Empezar demasiado rápido.</translation>
        </message>
        <message>
            <source>Taking overly long strides.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dar zancadas demasiado largas.</translation>
        </message>
        <message>
            <source>Chest pain, dizziness, or leg pain or numbness that spreads.</source>
            <extracomment>stop_if</extracomment>
            <translation>Dolor en el pecho, mareo, o dolor o entumecimiento en la pierna que se extiende.</translation>
        </message>
        <message>
            <source>The same pattern works on an exercise bike.</source>
            <extracomment>note</extracomment>
            <translation>El mismo esquema sirve en una bicicleta estática.</translation>
        </message>
        <message>
            <source>comfortable shoes</source>
            <extracomment>equipment 1</extracomment>
            <translation>calzado cómodo</translation>
        </message>
        <message>
            <source>treadmill (optional)</source>
            <extracomment>equipment 2</extracomment>
            <translation>cinta de correr (opcional)</translation>
        </message>
        <message>
            <source>Brisk</source>
            <extracomment>dose work_label</extracomment>
            <translation>Rápido</translation>
        </message>
        <message>
            <source>Easy</source>
            <extracomment>dose rest_label</extracomment>
            <translation>Suave</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_cycle</name>
        <message>
            <source>Stationary or outdoor cycling</source>
            <extracomment>name</extracomment>
            <translation>Bicicleta estática o al aire libre</translation>
        </message>
        <message>
            <source>Easy pedalling on an exercise bike or a bicycle: a back-friendly alternative to walking.</source>
            <extracomment>summary</extracomment>
            <translation>Pedaleo suave en bicicleta estática o en bici: una alternativa a caminar que sienta bien a la espalda.</translation>
        </message>
        <message>
            <source>Set the seat so your knee is slightly bent at the bottom of the pedal stroke. Raise the handlebars if leaning forward bothers your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ajusta el sillín para que la rodilla quede ligeramente flexionada en el punto más bajo del pedaleo. Sube el manillar si inclinarte hacia delante te molesta en la espalda.</translation>
        </message>
        <message>
            <source>Pedal at an easy to moderate effort, about 4 or 5 out of 10, with light resistance.</source>
            <extracomment>steps 2</extracomment>
            <translation>Pedalea con un esfuerzo de suave a moderado, unos 4 o 5 sobre 10, con poca resistencia.</translation>
        </message>
        <message>
            <source>If your back stiffens, shift on the saddle or sit more upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Si la espalda se te agarrota, cambia de posición en el sillín o pon el tronco más erguido.</translation>
        </message>
        <message>
            <source>Sitting upright is often more comfortable.</source>
            <extracomment>cues 1</extracomment>
            <translation>Llevar el tronco erguido suele resultar más cómodo.</translation>
        </message>
        <message>
            <source>If the saddle's pressure makes you numb, stand on the pedals for a few seconds. If it keeps happening, adjust the saddle.</source>
            <extracomment>cues 2</extracomment>
            <translation>Si la presión del sillín te deja la zona entumecida, ponte de pie sobre los pedales unos segundos. Si te pasa a menudo, ajusta el sillín.</translation>
        </message>
        <message>
            <source>A saddle too low, or too far from the handlebars.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Un sillín demasiado bajo, o demasiado lejos del manillar.</translation>
        </message>
        <message>
            <source>Heavy resistance.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Mucha resistencia.</translation>
        </message>
        <message>
            <source>Chest pain or dizziness: stop, and read 'When to get help'. Numbness around your genitals, back passage, buttocks or inner thighs that is still there after you get off the bike, or new bladder or bowel problems: stop and get emergency help now.</source>
            <extracomment>stop_if</extracomment>
            <translation>Dolor en el pecho o mareo: para y lee «Cuándo pedir ayuda». Entumecimiento alrededor de los genitales, el ano, las nalgas o la cara interna de los muslos que sigue ahí después de bajarte de la bici, o problemas nuevos con la vejiga o el intestino: para y pide ayuda urgente ahora.</translation>
        </message>
        <message>
            <source>Build it up like walking: add a few minutes a week.</source>
            <extracomment>note</extracomment>
            <translation>Auméntalo igual que la caminata: añade unos minutos cada semana.</translation>
        </message>
        <message>
            <source>exercise bike or bicycle</source>
            <extracomment>equipment 1</extracomment>
            <translation>bicicleta estática o bicicleta</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_walk_jog</name>
        <message>
            <source>Walk–jog intervals</source>
            <extracomment>name</extracomment>
            <translation>Intervalos de caminar y trotar</translation>
        </message>
        <message>
            <source>Short, gentle jogs with walking breaks, for when running is your goal.</source>
            <extracomment>summary</extracomment>
            <translation>Trotes cortos y suaves con pausas caminando, para cuando tu objetivo es correr.</translation>
        </message>
        <message>
            <source>Walk briskly for a few minutes to warm up.</source>
            <extracomment>steps 1</extracomment>
            <translation>Camina a paso rápido unos minutos para calentar.</translation>
        </message>
        <message>
            <source>When you hear 'Jog', jog gently. You should still be able to speak in short sentences.</source>
            <extracomment>steps 2</extracomment>
            <translation>Cuando oigas «Trotar», trota suavemente. Deberías poder seguir hablando con frases cortas.</translation>
        </message>
        <message>
            <source>When you hear 'Walk', walk until your breathing settles.</source>
            <extracomment>steps 3</extracomment>
            <translation>Cuando oigas «Caminar», camina hasta que la respiración se calme.</translation>
        </message>
        <message>
            <source>Only lengthen the jogs if the next morning feels no worse than usual.</source>
            <extracomment>steps 4</extracomment>
            <translation>Alarga los trotes solo si a la mañana siguiente no te encuentras peor de lo habitual.</translation>
        </message>
        <message>
            <source>Short, quiet, relaxed steps.</source>
            <extracomment>cues 1</extracomment>
            <translation>Pasos cortos, silenciosos y relajados.</translation>
        </message>
        <message>
            <source>Jumping straight to continuous running.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Pasar directamente a correr sin parar.</translation>
        </message>
        <message>
            <source>Long strides that land heavily.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Zancadas largas con pisadas fuertes.</translation>
        </message>
        <message>
            <source>Pain makes you limp, or back pain goes above 5 out of 10.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor te hace cojear, o el dolor de espalda supera 5 sobre 10.</translation>
        </message>
        <message>
            <source>Optional, for people who want to run or hike. Build up your walking first; a good start is 1 minute of jogging and 2 minutes of walking, six times.</source>
            <extracomment>note</extracomment>
            <translation>Opcional, para quien quiera correr o hacer senderismo. Primero aumenta tus caminatas; un buen comienzo es 1 minuto trotando y 2 minutos caminando, seis veces.</translation>
        </message>
        <message>
            <source>running shoes</source>
            <extracomment>equipment 1</extracomment>
            <translation>calzado para correr</translation>
        </message>
        <message>
            <source>Jog</source>
            <extracomment>dose work_label</extracomment>
            <translation>Trotar</translation>
        </message>
        <message>
            <source>Walk</source>
            <extracomment>dose rest_label</extracomment>
            <translation>Caminar</translation>
        </message>
    </context>
    <context>
        <name>exercise aer_swim</name>
        <message>
            <source>Swimming or water walking</source>
            <extracomment>name</extracomment>
            <translation>Natación o caminar en el agua</translation>
        </message>
        <message>
            <source>Easy lengths, or walking in the water, at a moderate effort.</source>
            <extracomment>summary</extracomment>
            <translation>Largos suaves, o caminar dentro del agua, con un esfuerzo moderado.</translation>
        </message>
        <message>
            <source>Start with walking in the water, or easy lengths in a stroke that feels comfortable. Backstroke or front crawl often suit backs well.</source>
            <extracomment>steps 1</extracomment>
            <translation>Empieza caminando en el agua, o haciendo largos suaves en un estilo que te resulte cómodo. El estilo espalda y el crol suelen sentar bien a la espalda.</translation>
        </message>
        <message>
            <source>Keep the effort moderate, about 4 or 5 out of 10, and rest at the wall whenever you need to.</source>
            <extracomment>steps 2</extracomment>
            <translation>Mantén un esfuerzo moderado, unos 4 o 5 sobre 10, y descansa en el borde siempre que lo necesites.</translation>
        </message>
        <message>
            <source>Build up your time gradually over the weeks.</source>
            <extracomment>steps 3</extracomment>
            <translation>Aumenta el tiempo poco a poco a lo largo de las semanas.</translation>
        </message>
        <message>
            <source>If lifting your head for breaststroke bothers your back, try backstroke or a snorkel.</source>
            <extracomment>cues 1</extracomment>
            <translation>Si levantar la cabeza al nadar a braza te molesta en la espalda, prueba el estilo espalda o un tubo de buceo (snorkel).</translation>
        </message>
        <message>
            <source>Swimming hard after a long break.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Nadar fuerte después de mucho tiempo sin hacerlo.</translation>
        </message>
        <message>
            <source>Chest pain, dizziness, or unusual breathlessness.</source>
            <extracomment>stop_if</extracomment>
            <translation>Dolor en el pecho, mareo o falta de aire inusual.</translation>
        </message>
        <message>
            <source>Time your swim as one block and set its length to suit you; 20 minutes is a good target.</source>
            <extracomment>note</extracomment>
            <translation>Cronometra la natación como un solo bloque y ajusta su duración a tu medida; 20 minutos es un buen objetivo.</translation>
        </message>
        <message>
            <source>pool</source>
            <extracomment>equipment 1</extracomment>
            <translation>piscina</translation>
        </message>
    </context>
    <context>
        <name>exercise breath_paced</name>
        <message>
            <source>Slow belly breathing (paced)</source>
            <extracomment>name</extracomment>
            <translation>Respiración abdominal lenta (pautada)</translation>
        </message>
        <message>
            <source>Slow, gentle breathing into your belly: in for 4, out for 6.</source>
            <extracomment>summary</extracomment>
            <translation>Respiración lenta y suave hacia el abdomen: toma aire en 4 y suéltalo en 6.</translation>
        </message>
        <message>
            <source>Sit supported, or lie with your knees bent. Put one hand on your chest and one on your belly.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate con la espalda apoyada, o túmbate con las rodillas flexionadas. Pon una mano en el pecho y otra en el abdomen.</translation>
        </message>
        <message>
            <source>Breathe in through your nose for about 4 seconds, letting your belly rise more than your chest.</source>
            <extracomment>steps 2</extracomment>
            <translation>Toma aire por la nariz durante unos 4 segundos, dejando que el abdomen suba más que el pecho.</translation>
        </message>
        <message>
            <source>Breathe out gently for about 6 seconds, through your nose or through pursed lips.</source>
            <extracomment>steps 3</extracomment>
            <translation>Suelta el aire suavemente durante unos 6 segundos, por la nariz o con los labios fruncidos.</translation>
        </message>
        <message>
            <source>Follow the timer's in and out cues. If it feels strained, shorten both counts.</source>
            <extracomment>steps 4</extracomment>
            <translation>Sigue las indicaciones del temporizador para tomar y soltar el aire. Si te cuesta, acorta las dos cuentas.</translation>
        </message>
        <message>
            <source>Gentle breaths, not deep gulps.</source>
            <extracomment>cues 1</extracomment>
            <translation>Respiraciones suaves, no grandes bocanadas.</translation>
        </message>
        <message>
            <source>Forcing big breaths.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Forzar respiraciones grandes.</translation>
        </message>
        <message>
            <source>Lifting your shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Subir los hombros.</translation>
        </message>
        <message>
            <source>You feel light-headed or your fingers tingle. Breathe normally for a minute.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sientes mareo o te hormiguean los dedos. Respira con normalidad durante un minuto.</translation>
        </message>
        <message>
            <source>This paces you at about 6 breaths a minute, a calm rhythm that many people find settling.</source>
            <extracomment>note</extracomment>
            <translation>Así respiras unas 6 veces por minuto, un ritmo tranquilo que a mucha gente le ayuda a calmarse.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>dose cue</extracomment>
            <translation>Toma aire en 4, suéltalo en 6</translation>
        </message>
    </context>
    <context>
        <name>exercise breath_pmr</name>
        <message>
            <source>Short progressive muscle relaxation</source>
            <extracomment>name</extracomment>
            <translation>Relajación muscular progresiva breve</translation>
        </message>
        <message>
            <source>Gently tense and then release one muscle group at a time, from your feet upwards.</source>
            <extracomment>summary</extracomment>
            <translation>Tensa suavemente y luego suelta un grupo muscular cada vez, de los pies hacia arriba.</translation>
        </message>
        <message>
            <source>Sit or lie comfortably.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate o túmbate cómodamente.</translation>
        </message>
        <message>
            <source>When the timer names a muscle group, tense it gently, at about half effort, for 5 seconds.</source>
            <extracomment>steps 2</extracomment>
            <translation>Cuando el temporizador nombre un grupo muscular, ténsalo suavemente, a la mitad de tu fuerza, durante 5 segundos.</translation>
        </message>
        <message>
            <source>Let go all at once and notice the difference for 15 seconds.</source>
            <extracomment>steps 3</extracomment>
            <translation>Suéltalo de golpe y nota la diferencia durante 15 segundos.</translation>
        </message>
        <message>
            <source>Work through your feet, calves, thighs, buttocks, hands, shoulders and face, then your whole body.</source>
            <extracomment>steps 4</extracomment>
            <translation>Recorre pies, pantorrillas, muslos, glúteos, manos, hombros y cara, y después todo el cuerpo.</translation>
        </message>
        <message>
            <source>Half effort is plenty.</source>
            <extracomment>cues 1</extracomment>
            <translation>Con la mitad de tu fuerza es suficiente.</translation>
        </message>
        <message>
            <source>Tensing a painful area hard: keep it gentle, or skip it.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Tensar con fuerza una zona dolorida: hazlo con suavidad o sáltatela.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>A muscle cramps. Skip that group.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te da un calambre. Sáltate ese grupo muscular.</translation>
        </message>
        <message>
            <source>Progressive muscle relaxation is one of the drug-free approaches that guidelines recommend for long-lasting back pain.</source>
            <extracomment>note</extracomment>
            <translation>La relajación muscular progresiva es uno de los enfoques sin fármacos que recomiendan las guías para el dolor de espalda de larga duración.</translation>
        </message>
        <message>
            <source>Feet</source>
            <extracomment>dose rep_labels 1</extracomment>
            <translation>Pies</translation>
        </message>
        <message>
            <source>Calves</source>
            <extracomment>dose rep_labels 2</extracomment>
            <translation>Pantorrillas</translation>
        </message>
        <message>
            <source>Thighs</source>
            <extracomment>dose rep_labels 3</extracomment>
            <translation>Muslos</translation>
        </message>
        <message>
            <source>Buttocks</source>
            <extracomment>dose rep_labels 4</extracomment>
            <translation>Glúteos</translation>
        </message>
        <message>
            <source>Hands</source>
            <extracomment>dose rep_labels 5</extracomment>
            <translation>Manos</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <extracomment>dose rep_labels 6</extracomment>
            <translation>Hombros</translation>
        </message>
        <message>
            <source>Face</source>
            <extracomment>dose rep_labels 7</extracomment>
            <translation>Cara</translation>
        </message>
        <message>
            <source>Whole body</source>
            <extracomment>dose rep_labels 8</extracomment>
            <translation>Todo el cuerpo</translation>
        </message>
    </context>
    <context>
        <name>exercise breath_body_scan</name>
        <message>
            <source>Body scan</source>
            <extracomment>name</extracomment>
            <translation>Escaneo corporal</translation>
        </message>
        <message>
            <source>Move your attention slowly through your body, noticing without judging.</source>
            <extracomment>summary</extracomment>
            <translation>Recorre tu cuerpo despacio con la atención, observando sin juzgar.</translation>
        </message>
        <message>
            <source>Lie or sit comfortably, and close your eyes if you like.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate o siéntate cómodamente, y cierra los ojos si quieres.</translation>
        </message>
        <message>
            <source>Move your attention slowly from your toes up to your head. Notice what you feel without trying to change it.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lleva la atención despacio desde los dedos de los pies hasta la cabeza. Nota lo que sientes sin intentar cambiarlo.</translation>
        </message>
        <message>
            <source>When your mind wanders, notice where it went and gently come back to your body.</source>
            <extracomment>steps 3</extracomment>
            <translation>Cuando la mente se distraiga, fíjate en adónde se fue y vuelve con suavidad a tu cuerpo.</translation>
        </message>
        <message>
            <source>Finish with three slow breaths.</source>
            <extracomment>steps 4</extracomment>
            <translation>Termina con tres respiraciones lentas.</translation>
        </message>
        <message>
            <source>Be curious, not critical.</source>
            <extracomment>cues 1</extracomment>
            <translation>Con curiosidad, sin críticas.</translation>
        </message>
        <message>
            <source>Trying to make the pain go away. Just notice it.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Intentar que el dolor desaparezca. Limítate a notarlo.</translation>
        </message>
        <message>
            <source>You feel more distressed. Open your eyes and focus on your breathing or your surroundings.</source>
            <extracomment>stop_if</extracomment>
            <translation>Aumenta tu malestar o tu angustia. Abre los ojos y céntrate en tu respiración o en lo que te rodea.</translation>
        </message>
        <message>
            <source>Mindfulness practices like this are among the drug-free approaches recommended for long-lasting back pain.</source>
            <extracomment>note</extracomment>
            <translation>Las prácticas de atención plena (mindfulness) como esta están entre los enfoques sin fármacos recomendados para el dolor de espalda de larga duración.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_march</name>
        <message>
            <source>Seated marching</source>
            <extracomment>name</extracomment>
            <translation>Marcha sentado</translation>
        </message>
        <message>
            <source>March your feet while you sit: an easy warm-up for a sore day or a desk break.</source>
            <extracomment>summary</extracomment>
            <translation>Marcha con los pies sin levantarte de la silla: un calentamiento fácil para un día con dolor o para una pausa activa.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair, feet flat and hip-width apart, hands resting on your thighs or the seat.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en la parte delantera de una silla firme, con los pies apoyados y separados al ancho de las caderas, y las manos sobre los muslos o en el asiento.</translation>
        </message>
        <message>
            <source>Lift one foot a few centimetres off the floor by raising the knee, then put it down.</source>
            <extracomment>steps 2</extracomment>
            <translation>Levanta un pie unos centímetros del suelo subiendo la rodilla, y vuelve a apoyarlo.</translation>
        </message>
        <message>
            <source>Lift the other foot, and keep an easy marching rhythm.</source>
            <extracomment>steps 3</extracomment>
            <translation>Levanta el otro pie y mantén un ritmo de marcha cómodo.</translation>
        </message>
        <message>
            <source>Let your arms swing a little if you like, and keep breathing easily.</source>
            <extracomment>steps 4</extracomment>
            <translation>Si quieres, balancea un poco los brazos, y sigue respirando con calma.</translation>
        </message>
        <message>
            <source>Sit tall; the lift comes from your hip.</source>
            <extracomment>cues 1</extracomment>
            <translation>Tronco erguido; el movimiento sale de la cadera.</translation>
        </message>
        <message>
            <source>Leaning back to lift the knee higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Echarte hacia atrás para subir más la rodilla.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Pain travels into your buttock or leg, or you feel dizzy.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende al glúteo o a la pierna, o sientes mareo.</translation>
        </message>
        <message>
            <source>A gentler version of marching on the spot, for when standing is hard work or you need to stay seated.</source>
            <extracomment>note</extracomment>
            <translation>Una versión más suave de la marcha en el sitio, para cuando estar de pie te cuesta o necesitas quedarte en la silla.</translation>
        </message>
        <message>
            <source>firm chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla firme</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_march</name>
        <message>
            <source>Marching on the spot</source>
            <extracomment>name</extracomment>
            <translation>Marcha en el sitio</translation>
        </message>
        <message>
            <source>An easy march on the spot to warm up and get moving.</source>
            <extracomment>summary</extracomment>
            <translation>Una marcha suave en el sitio para calentar y empezar a moverte.</translation>
        </message>
        <message>
            <source>Stand tall near a wall or a chair, in case you want something to hold.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie, con el tronco erguido, cerca de una pared o de una silla por si necesitas sujetarte.</translation>
        </message>
        <message>
            <source>March on the spot, lifting your knees to a comfortable height.</source>
            <extracomment>steps 2</extracomment>
            <translation>Marcha en el sitio, subiendo las rodillas a una altura cómoda.</translation>
        </message>
        <message>
            <source>Let your arms swing naturally and keep breathing easily.</source>
            <extracomment>steps 3</extracomment>
            <translation>Deja que los brazos se balanceen con naturalidad y sigue respirando con calma.</translation>
        </message>
        <message>
            <source>Start small, then lift your knees a little higher.</source>
            <extracomment>cues 1</extracomment>
            <translation>Empieza con poco y luego sube las rodillas un poco más.</translation>
        </message>
        <message>
            <source>Leaning back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Echarte hacia atrás.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>You feel dizzy or unusually out of breath.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sientes mareo o te falta el aire más de lo normal.</translation>
        </message>
        <message>
            <source>A good warm-up. It also works as a little indoor cardio on days when you can't get out.</source>
            <extracomment>note</extracomment>
            <translation>Un buen calentamiento. También sirve como un poco de ejercicio cardiovascular en casa los días que no puedes salir.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_arm_raise</name>
        <message>
            <source>Seated arm raises</source>
            <extracomment>name</extracomment>
            <translation>Elevación de brazos sentado</translation>
        </message>
        <message>
            <source>Raise your arms slowly in front of you while you sit: a gentle way to loosen your shoulders and upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Sube los brazos despacio por delante sin levantarte de la silla: una forma suave de soltar los hombros y la parte alta de la espalda.</translation>
        </message>
        <message>
            <source>Sit tall on a chair with your feet flat and your arms resting by your sides.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en una silla con el tronco erguido, los pies apoyados y los brazos relajados a los lados.</translation>
        </message>
        <message>
            <source>Breathe in and slowly raise both arms in front of you, up to shoulder height or as high as is comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Toma aire y sube despacio los dos brazos por delante, hasta la altura de los hombros o tan alto como te resulte cómodo.</translation>
        </message>
        <message>
            <source>Breathe out and lower them slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Suelta el aire y bájalos despacio.</translation>
        </message>
        <message>
            <source>Keep your shoulders relaxed and away from your ears.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén los hombros relajados y lejos de las orejas.</translation>
        </message>
        <message>
            <source>Slow and smooth, in time with your breathing.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lento y fluido, al ritmo de tu respiración.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Encoger los hombros.</translation>
        </message>
        <message>
            <source>Leaning back to get your arms higher.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Echarte hacia atrás para subir más los brazos.</translation>
        </message>
        <message>
            <source>Your shoulder hurts or pinches.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele el hombro o notas un pinchazo en él.</translation>
        </message>
        <message>
            <source>A smaller, slower cousin of arm swings, and a gentle start for your shoulders when wall slides pinch.</source>
            <extracomment>note</extracomment>
            <translation>Una versión más pequeña y lenta de los balanceos de brazos, y un comienzo suave para los hombros cuando los deslizamientos en la pared te dan un pinchazo.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_arm_swings</name>
        <message>
            <source>Arm swings and circles</source>
            <extracomment>name</extracomment>
            <translation>Balanceos y círculos de brazos</translation>
        </message>
        <message>
            <source>Relaxed arm swings and circles to loosen your shoulders and upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Balanceos y círculos de brazos relajados para soltar los hombros y la parte alta de la espalda.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart and your knees soft.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con los pies separados al ancho de las caderas y las rodillas sin bloquear.</translation>
        </message>
        <message>
            <source>Swing both arms forward and up, then down and back, in a relaxed rhythm.</source>
            <extracomment>steps 2</extracomment>
            <translation>Balancea los dos brazos hacia delante y arriba, y luego hacia abajo y atrás, con un ritmo relajado.</translation>
        </message>
        <message>
            <source>Change to slow arm circles, first forwards, then backwards.</source>
            <extracomment>steps 3</extracomment>
            <translation>Pasa a hacer círculos lentos con los brazos, primero hacia delante y luego hacia atrás.</translation>
        </message>
        <message>
            <source>Let your upper back turn a little with the movement.</source>
            <extracomment>steps 4</extracomment>
            <translation>Deja que la parte alta de la espalda gire un poco con el movimiento.</translation>
        </message>
        <message>
            <source>Easy and rhythmic, no jerking.</source>
            <extracomment>cues 1</extracomment>
            <translation>Fácil y rítmico, sin tirones.</translation>
        </message>
        <message>
            <source>Big, fast flings.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Lanzar los brazos con movimientos grandes y rápidos.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Encoger los hombros.</translation>
        </message>
        <message>
            <source>Your shoulder hurts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele el hombro.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_side_reach</name>
        <message>
            <source>Seated side reach</source>
            <extracomment>name</extracomment>
            <translation>Inclinación lateral sentado</translation>
        </message>
        <message>
            <source>Reach one arm up and lean gently to the side while you sit, then the other: the side reach with your hips supported.</source>
            <extracomment>summary</extracomment>
            <translation>Sube un brazo e inclínate suavemente hacia un lado sin levantarte de la silla, y luego con el otro: la inclinación lateral con las caderas apoyadas.</translation>
        </message>
        <message>
            <source>Sit tall towards the front of a chair, feet flat and a little wider than your hips.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate con el tronco erguido en la parte delantera de una silla, con los pies apoyados y algo más separados que las caderas.</translation>
        </message>
        <message>
            <source>Reach one arm up, then lean gently to the opposite side, only as far as is comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Sube un brazo y luego inclínate suavemente hacia el lado contrario, solo hasta donde te resulte cómodo.</translation>
        </message>
        <message>
            <source>Come back to upright and lower the arm.</source>
            <extracomment>steps 3</extracomment>
            <translation>Vuelve al centro y baja el brazo.</translation>
        </message>
        <message>
            <source>Reach with the other arm, and keep the movement flowing with your breathing.</source>
            <extracomment>steps 4</extracomment>
            <translation>Sube el otro brazo y mantén el movimiento fluido, al ritmo de tu respiración.</translation>
        </message>
        <message>
            <source>Reach up first, then lean.</source>
            <extracomment>cues 1</extracomment>
            <translation>Primero estírate hacia arriba y después inclínate.</translation>
        </message>
        <message>
            <source>Keep both buttocks on the seat.</source>
            <extracomment>cues 2</extracomment>
            <translation>Mantén los dos glúteos apoyados en el asiento.</translation>
        </message>
        <message>
            <source>Twisting or leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Girar el tronco o inclinarte hacia delante.</translation>
        </message>
        <message>
            <source>Pushing into pain.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Forzar hasta sentir dolor.</translation>
        </message>
        <message>
            <source>Pain travels into your buttock or leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende al glúteo o a la pierna.</translation>
        </message>
        <message>
            <source>Sitting keeps your pelvis steady, so the lean stays small and easy to control.</source>
            <extracomment>note</extracomment>
            <translation>Sentarte mantiene la pelvis estable, así que la inclinación sigue siendo pequeña y fácil de controlar.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_overhead_side_reach</name>
        <message>
            <source>Overhead reach with side lean</source>
            <extracomment>name</extracomment>
            <translation>Brazo arriba con inclinación lateral</translation>
        </message>
        <message>
            <source>Reach up and over to one side, then the other, to wake up your trunk.</source>
            <extracomment>summary</extracomment>
            <translation>Estírate hacia arriba y hacia un lado, y luego hacia el otro, para despertar el tronco.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con los pies separados al ancho de las caderas.</translation>
        </message>
        <message>
            <source>Reach one arm up and over your head, leaning gently to the opposite side.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lleva un brazo hacia arriba y por encima de la cabeza, inclinándote suavemente hacia el lado contrario.</translation>
        </message>
        <message>
            <source>Come back to upright and reach with the other arm.</source>
            <extracomment>steps 3</extracomment>
            <translation>Vuelve al centro y repite con el otro brazo.</translation>
        </message>
        <message>
            <source>Keep the movement flowing and breathe out as you reach.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén el movimiento fluido y suelta el aire al estirarte.</translation>
        </message>
        <message>
            <source>Reach up first, then lean.</source>
            <extracomment>cues 1</extracomment>
            <translation>Primero estírate hacia arriba y después inclínate.</translation>
        </message>
        <message>
            <source>Twisting or leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Girar el tronco o inclinarte hacia delante.</translation>
        </message>
        <message>
            <source>Pushing into pain.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Forzar hasta sentir dolor.</translation>
        </message>
        <message>
            <source>Pain travels into your buttock or leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende al glúteo o a la pierna.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_leg_swing</name>
        <message>
            <source>Supported leg swings (front to back)</source>
            <extracomment>name</extracomment>
            <translation>Balanceo de pierna con apoyo</translation>
        </message>
        <message>
            <source>Gentle pendulum swings of one leg while you hold on for balance.</source>
            <extracomment>summary</extracomment>
            <translation>Balanceos suaves de una pierna hacia delante y hacia atrás, como un péndulo, sujetándote para mantener el equilibrio.</translation>
        </message>
        <message>
            <source>Stand side-on to a wall or chair and hold it lightly.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de lado junto a una pared o una silla y sujétate ligeramente.</translation>
        </message>
        <message>
            <source>Swing your outside leg forwards and backwards like a relaxed pendulum.</source>
            <extracomment>steps 2</extracomment>
            <translation>Balancea la pierna de fuera hacia delante y hacia atrás, como un péndulo relajado.</translation>
        </message>
        <message>
            <source>Start small and let the swing grow to a comfortable size. Keep your trunk upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Empieza con balanceos pequeños y deja que crezcan hasta un tamaño cómodo. Mantén el tronco erguido.</translation>
        </message>
        <message>
            <source>Turn around and swing the other leg.</source>
            <extracomment>steps 4</extracomment>
            <translation>Date la vuelta y balancea la otra pierna.</translation>
        </message>
        <message>
            <source>Controlled swings, not kicks.</source>
            <extracomment>cues 1</extracomment>
            <translation>Balanceos controlados, no patadas.</translation>
        </message>
        <message>
            <source>Stay in the middle of your range.</source>
            <extracomment>cues 2</extracomment>
            <translation>Quédate en la parte media de tu recorrido.</translation>
        </message>
        <message>
            <source>Arching your back on the back-swing.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la espalda al llevar la pierna hacia atrás.</translation>
        </message>
        <message>
            <source>Forcing the height.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Forzar la altura.</translation>
        </message>
        <message>
            <source>Swinging fast.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Balancear la pierna deprisa.</translation>
        </message>
        <message>
            <source>You feel a pull in your lower back, or pain shoots down your leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas un tirón en la zona lumbar, o un dolor que te baja como una descarga por la pierna.</translation>
        </message>
        <message>
            <source>chair or wall for support</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla o pared como apoyo</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_hinge</name>
        <message>
            <source>Seated forward lean</source>
            <extracomment>name</extracomment>
            <translation>Inclinación hacia delante sentado</translation>
        </message>
        <message>
            <source>Lean forward from your hips while you sit, hands sliding down your thighs: an easy forward bend with the chair taking your weight.</source>
            <extracomment>summary</extracomment>
            <translation>Inclínate hacia delante desde las caderas sin levantarte de la silla, deslizando las manos por los muslos: una flexión fácil en la que la silla sostiene tu peso.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair, feet flat and hip-width apart, hands on your thighs.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en la parte delantera de una silla firme, con los pies apoyados y separados al ancho de las caderas, y las manos sobre los muslos.</translation>
        </message>
        <message>
            <source>Breathe out and lean forward from your hips, letting your hands slide towards your knees.</source>
            <extracomment>steps 2</extracomment>
            <translation>Suelta el aire e inclínate hacia delante desde las caderas, dejando que las manos se deslicen hacia las rodillas.</translation>
        </message>
        <message>
            <source>Go only as far as is comfortable, then press lightly through your hands to sit up tall again.</source>
            <extracomment>steps 3</extracomment>
            <translation>Baja solo hasta donde te resulte cómodo y luego empuja ligeramente con las manos para volver a sentarte con el tronco erguido.</translation>
        </message>
        <message>
            <source>Let your back follow the movement; there is no need to hold it stiff.</source>
            <extracomment>cues 1</extracomment>
            <translation>Deja que la espalda acompañe el movimiento; no hace falta mantenerla rígida.</translation>
        </message>
        <message>
            <source>A small lean is fine on a sore day.</source>
            <extracomment>cues 2</extracomment>
            <translation>En un día con dolor, basta con inclinarte un poco.</translation>
        </message>
        <message>
            <source>Dropping forward quickly.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dejarte caer hacia delante de golpe.</translation>
        </message>
        <message>
            <source>Reaching for the floor at all costs.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Intentar llegar al suelo a toda costa.</translation>
        </message>
        <message>
            <source>Pain spreads below your knee, or bending makes your pain climb a little with every rep.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende por debajo de la rodilla, o al flexionar el dolor aumenta un poco con cada repetición.</translation>
        </message>
        <message>
            <source>Bending forward is safe; this lets you do it gently. If your mornings are stiff, bending moves may feel easier later in the day.</source>
            <extracomment>note</extracomment>
            <translation>Inclinarse hacia delante es seguro; así puedes hacerlo con suavidad. Si por las mañanas notas la espalda rígida, los movimientos de flexión pueden resultarte más fáciles más tarde durante el día.</translation>
        </message>
        <message>
            <source>firm chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla firme</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_hip_hinge_reach</name>
        <message>
            <source>Hip hinge (easy forward bend)</source>
            <extracomment>name</extracomment>
            <translation>Bisagra de cadera (flexión suave)</translation>
        </message>
        <message>
            <source>An easy forward bend from the hips, with your hands sliding down your thighs.</source>
            <extracomment>summary</extracomment>
            <translation>Una flexión fácil hacia delante desde las caderas, deslizando las manos por los muslos.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart and your hands on the front of your thighs.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con los pies separados al ancho de las caderas y las manos sobre la parte delantera de los muslos.</translation>
        </message>
        <message>
            <source>Push your hips back and let your hands slide towards your knees as you bend forward. Breathe out on the way down.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lleva las caderas hacia atrás y deja que las manos se deslicen hacia las rodillas mientras te inclinas hacia delante. Suelta el aire al bajar.</translation>
        </message>
        <message>
            <source>Go only as deep as feels comfortable.</source>
            <extracomment>steps 3</extracomment>
            <translation>Baja solo hasta donde te resulte cómodo.</translation>
        </message>
        <message>
            <source>Stand up again by pushing your hips forward.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve a incorporarte llevando las caderas hacia delante.</translation>
        </message>
        <message>
            <source>Keep your knees soft.</source>
            <extracomment>cues 1</extracomment>
            <translation>Mantén las rodillas sin bloquear.</translation>
        </message>
        <message>
            <source>Most of the movement comes from your hips.</source>
            <extracomment>cues 2</extracomment>
            <translation>La mayor parte del movimiento sale de las caderas.</translation>
        </message>
        <message>
            <source>Locking your knees.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Bloquear las rodillas.</translation>
        </message>
        <message>
            <source>Bouncing.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Hacer rebotes.</translation>
        </message>
        <message>
            <source>Reaching for the floor at all costs.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Intentar llegar al suelo a toda costa.</translation>
        </message>
        <message>
            <source>Pain spreads below your knee, or bending makes your pain climb with each rep.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende por debajo de la rodilla, o al flexionar el dolor aumenta con cada repetición.</translation>
        </message>
        <message>
            <source>Bending forward is a normal, safe movement; build up your range little by little. If your back is stiffest in the morning, bending exercises may feel better later in the day.</source>
            <extracomment>note</extracomment>
            <translation>Inclinarse hacia delante es un movimiento normal y seguro; aumenta el recorrido poco a poco. Si la espalda está más rígida por la mañana, los ejercicios de flexión pueden sentarte mejor más tarde durante el día.</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_split_stance_shift</name>
        <message>
            <source>Supported split-stance weight shift</source>
            <extracomment>name</extracomment>
            <translation>Cambio de peso en zancada, con apoyo</translation>
        </message>
        <message>
            <source>Stand with one foot ahead and rock your weight forward and back: the first step towards the lunge, without bending deep.</source>
            <extracomment>summary</extracomment>
            <translation>De pie, con un pie adelantado, lleva el peso hacia delante y hacia atrás: el primer paso hacia la zancada, sin flexionar mucho.</translation>
        </message>
        <message>
            <source>Stand beside a chair or a wall and hold it lightly. Step one foot a comfortable stride ahead, back heel lifted.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie junto a una silla o una pared y sujétate ligeramente. Adelanta un pie a una distancia cómoda, con el talón de atrás levantado.</translation>
        </message>
        <message>
            <source>Keeping your trunk upright, shift your weight slowly onto the front foot, letting the front knee bend a little.</source>
            <extracomment>steps 2</extracomment>
            <translation>Con el tronco erguido, lleva el peso despacio al pie de delante, dejando que la rodilla de delante se flexione un poco.</translation>
        </message>
        <message>
            <source>Shift back onto the back foot.</source>
            <extracomment>steps 3</extracomment>
            <translation>Vuelve a llevar el peso al pie de atrás.</translation>
        </message>
        <message>
            <source>Do all the reps on one side, then swap feet.</source>
            <extracomment>steps 4</extracomment>
            <translation>Haz todas las repeticiones de un lado y luego cambia de pie.</translation>
        </message>
        <message>
            <source>Trunk upright; the front knee points over your toes.</source>
            <extracomment>cues 1</extracomment>
            <translation>Tronco erguido; la rodilla de delante queda alineada sobre los dedos del pie.</translation>
        </message>
        <message>
            <source>Keep the stride short at first.</source>
            <extracomment>cues 2</extracomment>
            <translation>Al principio, da un paso corto.</translation>
        </message>
        <message>
            <source>Leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Inclinarte hacia delante.</translation>
        </message>
        <message>
            <source>Letting the front knee fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la rodilla de delante se vaya hacia dentro.</translation>
        </message>
        <message>
            <source>Your knee hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele la rodilla o el dolor de espalda se agudiza.</translation>
        </message>
        <message>
            <source>Builds the balance and leg strength for the split-stance lunge, with a small knee bend and no overhead reach.</source>
            <extracomment>note</extracomment>
            <translation>Desarrolla el equilibrio y la fuerza de piernas que necesitas para la zancada, con poca flexión de rodilla y sin subir el brazo.</translation>
        </message>
        <message>
            <source>chair or wall for balance</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla o pared para mantener el equilibrio</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_lunge_reach</name>
        <message>
            <source>Supported split-stance lunge with reach</source>
            <extracomment>name</extracomment>
            <translation>Zancada con apoyo y brazo arriba</translation>
        </message>
        <message>
            <source>A short, supported lunge with an overhead reach that stretches the front of the hip.</source>
            <extracomment>summary</extracomment>
            <translation>Una zancada corta, con apoyo, subiendo un brazo por encima de la cabeza para estirar la parte delantera de la cadera.</translation>
        </message>
        <message>
            <source>Stand in a split stance, one foot a long step ahead of the other. Hold a chair with one hand if you like.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con un pie un paso largo por delante del otro. Si quieres, sujétate a una silla con una mano.</translation>
        </message>
        <message>
            <source>Bend both knees to lower a short way, keeping your trunk upright.</source>
            <extracomment>steps 2</extracomment>
            <translation>Flexiona las dos rodillas para bajar un poco, con el tronco erguido.</translation>
        </message>
        <message>
            <source>As you lower, reach your free arm up overhead: the arm on the same side as your back leg.</source>
            <extracomment>steps 3</extracomment>
            <translation>Mientras bajas, sube el brazo libre por encima de la cabeza: el brazo del mismo lado que la pierna de atrás.</translation>
        </message>
        <message>
            <source>Push back up. Do all the reps on one side, then switch.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve a subir empujando. Haz todas las repeticiones de un lado y luego cambia.</translation>
        </message>
        <message>
            <source>How deep you go is up to you.</source>
            <extracomment>cues 1</extracomment>
            <translation>Tú decides cuánto bajas.</translation>
        </message>
        <message>
            <source>Your front knee points over your toes.</source>
            <extracomment>cues 2</extracomment>
            <translation>La rodilla de delante queda alineada sobre los dedos del pie.</translation>
        </message>
        <message>
            <source>Leaning forward.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Inclinarte hacia delante.</translation>
        </message>
        <message>
            <source>Letting your front knee fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la rodilla de delante se vaya hacia dentro.</translation>
        </message>
        <message>
            <source>Going too deep too soon.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Bajar mucho demasiado pronto.</translation>
        </message>
        <message>
            <source>Your knee hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele la rodilla o el dolor de espalda se agudiza.</translation>
        </message>
        <message>
            <source>Lunges strengthen your legs too, so expect your thighs to work.</source>
            <extracomment>note</extracomment>
            <translation>Las zancadas también fortalecen las piernas, así que notarás que trabajan los muslos.</translation>
        </message>
        <message>
            <source>chair or wall for balance</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla o pared para mantener el equilibrio</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_seated_cat_camel</name>
        <message>
            <source>Seated cat–camel</source>
            <extracomment>name</extracomment>
            <translation>Gato-camello sentado</translation>
        </message>
        <message>
            <source>Round and arch your back gently while you sit, hands on your knees: cat–camel without kneeling.</source>
            <extracomment>summary</extracomment>
            <translation>Redondea y arquea la espalda con suavidad sin levantarte de la silla, con las manos en las rodillas: el gato-camello sin arrodillarte.</translation>
        </message>
        <message>
            <source>Sit towards the front of a chair, feet flat, hands resting on your knees.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en la parte delantera de una silla, con los pies apoyados y las manos sobre las rodillas.</translation>
        </message>
        <message>
            <source>Breathe out and slowly round your back, letting your head and shoulders curl forward.</source>
            <extracomment>steps 2</extracomment>
            <translation>Suelta el aire y redondea la espalda despacio, dejando que la cabeza y los hombros se curven hacia delante.</translation>
        </message>
        <message>
            <source>Breathe in and slowly lift your chest, letting your back arch a little as you look ahead.</source>
            <extracomment>steps 3</extracomment>
            <translation>Toma aire y eleva el pecho despacio, dejando que la espalda se arquee un poco mientras miras al frente.</translation>
        </message>
        <message>
            <source>Move smoothly between the two, without pausing at the ends.</source>
            <extracomment>steps 4</extracomment>
            <translation>Pasa con fluidez de una posición a otra, sin detenerte en los extremos.</translation>
        </message>
        <message>
            <source>This is about easy motion, not a hard stretch.</source>
            <extracomment>cues 1</extracomment>
            <translation>Se trata de moverte con facilidad, no de estirar con fuerza.</translation>
        </message>
        <message>
            <source>Forcing the end positions.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Forzar las posiciones finales.</translation>
        </message>
        <message>
            <source>Moving only your neck.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Mover solo el cuello.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Ir con prisas.</translation>
        </message>
        <message>
            <source>Your pain sharpens or spreads into a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se agudiza o se extiende a una pierna.</translation>
        </message>
        <message>
            <source>For days when kneeling on all fours is hard on your wrists or knees. It also moves your upper back without a chair back pressing on it.</source>
            <extracomment>note</extracomment>
            <translation>Para los días en que ponerte a cuatro patas te carga las muñecas o las rodillas. Además mueve la parte alta de la espalda sin que el respaldo de una silla presione sobre ella.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_cat_camel</name>
        <message>
            <source>Cat–camel (cat–cow)</source>
            <extracomment>name</extracomment>
            <translation>Gato-camello (gato-vaca)</translation>
        </message>
        <message>
            <source>Slowly round and arch your back on all fours to ease stiffness.</source>
            <extracomment>summary</extracomment>
            <translation>Redondea y arquea despacio la espalda a cuatro patas para aliviar la rigidez.</translation>
        </message>
        <message>
            <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.</translation>
        </message>
        <message>
            <source>Slowly round your back up towards the ceiling and let your head drop.</source>
            <extracomment>steps 2</extracomment>
            <translation>Redondea despacio la espalda hacia el techo y deja caer la cabeza.</translation>
        </message>
        <message>
            <source>Then slowly let your back sag into a gentle arch as you look forward.</source>
            <extracomment>steps 3</extracomment>
            <translation>Después deja que la espalda baje despacio hasta formar un arco suave mientras miras al frente.</translation>
        </message>
        <message>
            <source>Move smoothly between the two without stopping at the ends.</source>
            <extracomment>steps 4</extracomment>
            <translation>Pasa con fluidez de una posición a otra sin detenerte en los extremos.</translation>
        </message>
        <message>
            <source>This is about easy motion, not a hard stretch.</source>
            <extracomment>cues 1</extracomment>
            <translation>Se trata de moverte con facilidad, no de estirar con fuerza.</translation>
        </message>
        <message>
            <source>Forcing the end positions.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Forzar las posiciones finales.</translation>
        </message>
        <message>
            <source>Moving only your neck.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Mover solo el cuello.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Ir con prisas.</translation>
        </message>
        <message>
            <source>Your wrists or knees complain (rest on your fists or a cushion), or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te molestan las muñecas o las rodillas (apóyate en los puños o en un cojín), o el dolor se agudiza.</translation>
        </message>
        <message>
            <source>Gentle movement for the whole spine, and a classic warm-up before trunk exercises.</source>
            <extracomment>note</extracomment>
            <translation>Movimiento suave para toda la columna y un calentamiento clásico antes de los ejercicios de tronco.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>cushion under the knees</source>
            <extracomment>equipment 2</extracomment>
            <translation>cojín bajo las rodillas</translation>
        </message>
    </context>
    <context>
        <name>exercise dyn_knee_rolls</name>
        <message>
            <source>Lying knee rolls</source>
            <extracomment>name</extracomment>
            <translation>Balanceo de rodillas (tumbado)</translation>
        </message>
        <message>
            <source>Let your bent knees roll slowly from side to side while you lie on your back.</source>
            <extracomment>summary</extracomment>
            <translation>Boca arriba, deja que las rodillas flexionadas caigan despacio de un lado a otro.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and together, feet flat and arms out to the sides.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas y juntas, los pies apoyados y los brazos abiertos a los lados.</translation>
        </message>
        <message>
            <source>Let both knees roll slowly to one side, as far as is comfortable, with your shoulders staying down.</source>
            <extracomment>steps 2</extracomment>
            <translation>Deja que las dos rodillas caigan despacio hacia un lado, hasta donde te resulte cómodo, con los hombros apoyados en el suelo.</translation>
        </message>
        <message>
            <source>Bring them back through the middle and roll to the other side.</source>
            <extracomment>steps 3</extracomment>
            <translation>Vuelve a pasarlas por el centro y llévalas hacia el otro lado.</translation>
        </message>
        <message>
            <source>A small range is fine on a sore day.</source>
            <extracomment>cues 1</extracomment>
            <translation>En un día con dolor, basta con un recorrido pequeño.</translation>
        </message>
        <message>
            <source>Letting your knees drop quickly to the floor.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dejar que las rodillas caigan rápido al suelo.</translation>
        </message>
        <message>
            <source>Lifting the opposite shoulder.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Levantar el hombro contrario.</translation>
        </message>
        <message>
            <source>Pain spreads into a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende a una pierna.</translation>
        </message>
        <message>
            <source>A friendly choice for flare-up days.</source>
            <extracomment>note</extracomment>
            <translation>Una buena opción para los días de brote.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise post_ankle_pumps</name>
        <message>
            <source>Ankle pumps (dorsiflexion and plantarflexion)</source>
            <extracomment>name</extracomment>
            <translation>Flexión dorsal y plantar de tobillo</translation>
        </message>
        <message>
            <source>Pull your feet up and point them away to keep your legs moving while you sit.</source>
            <extracomment>summary</extracomment>
            <translation>Lleva la punta de los pies hacia ti y luego estíralos hacia delante: así mantienes las piernas en movimiento sin levantarte.</translation>
        </message>
        <message>
            <source>Sit upright with your feet on the floor, or with your legs stretched out.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate con el tronco erguido y los pies en el suelo, o con las piernas estiradas.</translation>
        </message>
        <message>
            <source>Pull your toes and the top of your foot up towards your shin. This ankle movement is called dorsiflexion.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lleva los dedos y el empeine hacia la espinilla. Este movimiento del tobillo se llama flexión dorsal.</translation>
        </message>
        <message>
            <source>Point your foot away from you. This is called plantarflexion.</source>
            <extracomment>steps 3</extracomment>
            <translation>Estira el pie alejándolo de ti, como si apuntaras con él. Esto se llama flexión plantar.</translation>
        </message>
        <message>
            <source>Keep a steady, easy rhythm.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén un ritmo constante y fácil.</translation>
        </message>
        <message>
            <source>Only your ankles move; your knees stay still.</source>
            <extracomment>cues 1</extracomment>
            <translation>Solo se mueven los tobillos; las rodillas se quedan quietas.</translation>
        </message>
        <message>
            <source>Bending your knees instead of moving your ankles.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Doblar las rodillas en lugar de mover los tobillos.</translation>
        </message>
        <message>
            <source>Your calf cramps, or it is swollen, painful, warm or red. Swelling, pain, warmth or redness can be a blood clot: contact a doctor the same day.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te da un calambre en la pantorrilla, o está hinchada, te duele, está caliente o enrojecida. La hinchazón, el dolor, el calor o el enrojecimiento pueden indicar un coágulo de sangre (trombosis): contacta con un médico el mismo día.</translation>
        </message>
        <message>
            <source>Dorsiflexion is an ankle movement: the foot comes up towards the shin. It has nothing to do with bending your knees. Ankle pumps are a quick, easy way to keep moving during a desk break.</source>
            <extracomment>note</extracomment>
            <translation>La flexión dorsal es un movimiento del tobillo: el pie sube hacia la espinilla. No tiene nada que ver con doblar las rodillas. Este «bombeo» de tobillos es una forma rápida y fácil de seguir moviéndote durante una pausa activa.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla</translation>
        </message>
    </context>
    <context>
        <name>exercise post_reach_up</name>
        <message>
            <source>Standing reach up</source>
            <extracomment>name</extracomment>
            <translation>Estiramiento hacia arriba de pie</translation>
        </message>
        <message>
            <source>Stand tall and reach both arms up: a gentle lengthening after sitting, without leaning back.</source>
            <extracomment>summary</extracomment>
            <translation>De pie y con el tronco erguido, sube los dos brazos: un estiramiento suave después de un rato en la silla, sin echarte hacia atrás.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart and your knees soft.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con los pies separados al ancho de las caderas y las rodillas sin bloquear.</translation>
        </message>
        <message>
            <source>Breathe in and raise both arms in front of you and up overhead, as high as is comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Toma aire y sube los dos brazos por delante hasta por encima de la cabeza, tan alto como te resulte cómodo.</translation>
        </message>
        <message>
            <source>Grow tall through your trunk without leaning back, and look straight ahead.</source>
            <extracomment>steps 3</extracomment>
            <translation>Estira el tronco hacia arriba, como si crecieras, sin echarte hacia atrás, y mira al frente.</translation>
        </message>
        <message>
            <source>Breathe out and lower your arms slowly.</source>
            <extracomment>steps 4</extracomment>
            <translation>Suelta el aire y baja los brazos despacio.</translation>
        </message>
        <message>
            <source>Reach up, not back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Hacia arriba, no hacia atrás.</translation>
        </message>
        <message>
            <source>Arching your lower back to get your arms higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la zona lumbar para subir más los brazos.</translation>
        </message>
        <message>
            <source>Tipping your head back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Echar la cabeza hacia atrás.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Encoger los hombros.</translation>
        </message>
        <message>
            <source>Your shoulder pinches, or pain moves into your buttock or leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas un pinchazo en el hombro, o el dolor pasa al glúteo o a la pierna.</translation>
        </message>
        <message>
            <source>A gentler option on days when leaning backwards doesn't feel good: it stretches you out tall after sitting without bending your back.</source>
            <extracomment>note</extracomment>
            <translation>Una opción más suave para los días en que echarte hacia atrás no te sienta bien: te estira hacia arriba después de un rato en la silla sin doblar la espalda.</translation>
        </message>
    </context>
    <context>
        <name>exercise post_standing_extension</name>
        <message>
            <source>Standing back extension</source>
            <extracomment>name</extracomment>
            <translation>Extensión de espalda de pie</translation>
        </message>
        <message>
            <source>Lean gently backwards with your hands on your hips: a good counter-move after sitting.</source>
            <extracomment>summary</extracomment>
            <translation>Inclínate suavemente hacia atrás con las manos en las caderas: un buen movimiento compensatorio después de un rato en la silla.</translation>
        </message>
        <message>
            <source>Stand with your feet apart and your hands on the back of your hips, fingers pointing down.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con los pies separados y las manos en la parte de atrás de las caderas, con los dedos hacia abajo.</translation>
        </message>
        <message>
            <source>Lean gently backwards, letting your hands support your pelvis. Look ahead, not up.</source>
            <extracomment>steps 2</extracomment>
            <translation>Inclínate suavemente hacia atrás, dejando que las manos sostengan la pelvis. Mira al frente, no hacia arriba.</translation>
        </message>
        <message>
            <source>Come back to upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Vuelve a la vertical.</translation>
        </message>
        <message>
            <source>Repeat smoothly. Go a little further only if it feels fine.</source>
            <extracomment>steps 4</extracomment>
            <translation>Repite con fluidez. Ve un poco más allá solo si te sienta bien.</translation>
        </message>
        <message>
            <source>Your hips can move slightly forward as you lean.</source>
            <extracomment>cues 1</extracomment>
            <translation>Las caderas pueden adelantarse un poco al inclinarte.</translation>
        </message>
        <message>
            <source>Tipping your head back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Echar la cabeza hacia atrás.</translation>
        </message>
        <message>
            <source>Forcing the range.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Forzar el recorrido.</translation>
        </message>
        <message>
            <source>Locking your knees.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Bloquear las rodillas.</translation>
        </message>
        <message>
            <source>Pain moves further into your buttock or leg, or you feel dizzy.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor baja más hacia el glúteo o la pierna, o sientes mareo.</translation>
        </message>
        <message>
            <source>A gentle backward bend, handy after a long spell of sitting or at the end of a walk.</source>
            <extracomment>note</extracomment>
            <translation>Una extensión suave hacia atrás, útil después de pasar mucho rato en la silla o al final de una caminata.</translation>
        </message>
    </context>
    <context>
        <name>exercise post_prone_lying</name>
        <message>
            <source>Lying on your front</source>
            <extracomment>name</extracomment>
            <translation>Tumbado boca abajo</translation>
        </message>
        <message>
            <source>Rest on your front with your arms by your sides: the gentlest start for back-arching moves.</source>
            <extracomment>summary</extracomment>
            <translation>Descansa boca abajo con los brazos a los lados: el comienzo más suave para los movimientos de extensión.</translation>
        </message>
        <message>
            <source>Lie on your front with your arms by your sides, or with your hands under your forehead. A thin pillow under your belly can make it easier at first.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca abajo con los brazos a los lados, o con las manos bajo la frente. Al principio, una almohada fina bajo el abdomen puede hacerlo más fácil.</translation>
        </message>
        <message>
            <source>Turn your head to one side if that is more comfortable.</source>
            <extracomment>steps 2</extracomment>
            <translation>Gira la cabeza hacia un lado si te resulta más cómodo.</translation>
        </message>
        <message>
            <source>Let your whole body sink into the floor and breathe slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Deja que todo el cuerpo se hunda en el suelo y respira despacio.</translation>
        </message>
        <message>
            <source>To get up, roll onto your side first.</source>
            <extracomment>steps 4</extracomment>
            <translation>Para levantarte, gira primero de lado.</translation>
        </message>
        <message>
            <source>Nothing to do but let go.</source>
            <extracomment>cues 1</extracomment>
            <translation>Solo tienes que soltarte.</translation>
        </message>
        <message>
            <source>Tensing your buttocks or your back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Apretar los glúteos o tensar la espalda.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Your pain increases or spreads into a leg. Leave out back-arching moves for today.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor aumenta o se extiende a una pierna. Por hoy, deja fuera los movimientos de extensión.</translation>
        </message>
        <message>
            <source>If this feels fine for a minute or two, try the sphinx next, propped up on your forearms. If lying on your front is uncomfortable, choose whichever position eases your back.</source>
            <extracomment>note</extracomment>
            <translation>Si te sienta bien durante un minuto o dos, prueba después la esfinge, apoyándote en los antebrazos. Si estar boca abajo te resulta incómodo, elige la posición que alivie tu espalda.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>thin pillow (optional)</source>
            <extracomment>equipment 2</extracomment>
            <translation>almohada fina (opcional)</translation>
        </message>
    </context>
    <context>
        <name>exercise post_sphinx</name>
        <message>
            <source>Sphinx (lying on elbows)</source>
            <extracomment>name</extracomment>
            <translation>Esfinge (apoyo en codos)</translation>
        </message>
        <message>
            <source>Rest on your forearms with your belly on the floor and let your back settle into a gentle curve.</source>
            <extracomment>summary</extracomment>
            <translation>Apóyate en los antebrazos con el abdomen en el suelo y deja que la espalda se asiente en una curva suave.</translation>
        </message>
        <message>
            <source>Lie on your front and prop yourself up on your forearms, elbows under your shoulders.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca abajo y apóyate en los antebrazos, con los codos bajo los hombros.</translation>
        </message>
        <message>
            <source>Let your belly and hips stay relaxed on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Deja el abdomen y las caderas relajados en el suelo.</translation>
        </message>
        <message>
            <source>Breathe slowly and let your lower back settle into its gentle curve.</source>
            <extracomment>steps 3</extracomment>
            <translation>Respira despacio y deja que la zona lumbar se asiente en su curva suave.</translation>
        </message>
        <message>
            <source>Lower down and lie flat to rest between holds.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja y túmbate del todo para descansar entre mantenimientos.</translation>
        </message>
        <message>
            <source>Relax rather than push up.</source>
            <extracomment>cues 1</extracomment>
            <translation>Relájate en lugar de empujar hacia arriba.</translation>
        </message>
        <message>
            <source>Shrugging your shoulders.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Encoger los hombros.</translation>
        </message>
        <message>
            <source>Clenching your buttocks.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Apretar los glúteos.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Your pain increases or spreads into a leg. Leave out back-arching moves for today.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor aumenta o se extiende a una pierna. Por hoy, deja fuera los movimientos de extensión.</translation>
        </message>
        <message>
            <source>Also a yoga pose. Some people feel better arching back, others bending forward: use whichever eases your back.</source>
            <extracomment>note</extracomment>
            <translation>También es una postura de yoga. A algunas personas les sienta mejor arquear la espalda y a otras inclinarse hacia delante: usa lo que alivie tu espalda.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise post_press_up</name>
        <message>
            <source>Prone press-up</source>
            <extracomment>name</extracomment>
            <translation>Extensión boca abajo con brazos</translation>
        </message>
        <message>
            <source>Press up with your arms while your hips and back stay relaxed on the floor.</source>
            <extracomment>summary</extracomment>
            <translation>Empuja con los brazos para elevar el tronco, con las caderas en el suelo y la espalda relajada.</translation>
        </message>
        <message>
            <source>Lie on your front with your hands under your shoulders.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca abajo con las manos bajo los hombros.</translation>
        </message>
        <message>
            <source>Push up through your arms, keeping your hips and belly relaxed on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Empuja con los brazos, con las caderas y el abdomen relajados en el suelo.</translation>
        </message>
        <message>
            <source>Straighten your arms only as far as is comfortable, and pause briefly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Estira los brazos solo hasta donde te resulte cómodo y haz una breve pausa.</translation>
        </message>
        <message>
            <source>Lower slowly.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja despacio.</translation>
        </message>
        <message>
            <source>Your back muscles stay relaxed; your arms do the work.</source>
            <extracomment>cues 1</extracomment>
            <translation>Los músculos de la espalda siguen relajados; el trabajo lo hacen los brazos.</translation>
        </message>
        <message>
            <source>Lifting your hips.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Levantar las caderas.</translation>
        </message>
        <message>
            <source>Tensing your buttocks.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Apretar los glúteos.</translation>
        </message>
        <message>
            <source>Forcing your arms fully straight.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Forzar los brazos hasta estirarlos del todo.</translation>
        </message>
        <message>
            <source>Pain spreads further into your leg, or tingling starts.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor baja más por la pierna, o empieza un hormigueo.</translation>
        </message>
        <message>
            <source>The next step up from the sphinx.</source>
            <extracomment>note</extracomment>
            <translation>El siguiente paso después de la esfinge.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise post_thoracic_chair</name>
        <message>
            <source>Seated upper-back extension over chair</source>
            <extracomment>name</extracomment>
            <translation>Extensión dorsal sobre el respaldo</translation>
        </message>
        <message>
            <source>Lean your upper back gently over the back of a chair to ease a stiff, rounded upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Inclina suavemente la parte alta de la espalda sobre el respaldo de una silla para aliviar una espalda alta rígida y encorvada.</translation>
        </message>
        <message>
            <source>Sit well back in a firm chair, so the top of the backrest meets the middle of your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate bien atrás en una silla firme, de modo que el borde superior del respaldo quede a la altura de la mitad de la espalda.</translation>
        </message>
        <message>
            <source>Support your head with your hands, elbows pointing forward.</source>
            <extracomment>steps 2</extracomment>
            <translation>Sujeta la cabeza con las manos, con los codos apuntando hacia delante.</translation>
        </message>
        <message>
            <source>Gently lean your upper back over the backrest, then come back upright.</source>
            <extracomment>steps 3</extracomment>
            <translation>Inclina suavemente la parte alta de la espalda sobre el respaldo y luego vuelve a la vertical.</translation>
        </message>
        <message>
            <source>Sit a little higher or lower to change where you bend.</source>
            <extracomment>steps 4</extracomment>
            <translation>Siéntate un poco más alto o más bajo para cambiar el punto en el que se dobla la espalda.</translation>
        </message>
        <message>
            <source>The movement happens in your upper back, not your lower back.</source>
            <extracomment>cues 1</extracomment>
            <translation>El movimiento ocurre en la parte alta de la espalda, no en la zona lumbar.</translation>
        </message>
        <message>
            <source>Arching your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la zona lumbar.</translation>
        </message>
        <message>
            <source>Pulling on your neck.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Tirar del cuello.</translation>
        </message>
        <message>
            <source>Your neck or ribs hurt.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele el cuello o te duelen las costillas.</translation>
        </message>
        <message>
            <source>Your upper back (the thoracic spine) naturally has a gentle rounded curve, called kyphosis. Long hours at a desk can leave it stiff; this moves it gently the other way.</source>
            <extracomment>note</extracomment>
            <translation>La parte alta de la espalda (la columna dorsal o torácica) tiene de forma natural una curva suave y redondeada, llamada cifosis. Muchas horas en el escritorio pueden dejarla rígida; este ejercicio la mueve suavemente en sentido contrario.</translation>
        </message>
        <message>
            <source>chair with a firm back at shoulder-blade height</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla con respaldo firme a la altura de los omóplatos</translation>
        </message>
    </context>
    <context>
        <name>exercise post_wall_angel</name>
        <message>
            <source>Wall slides with chin nod</source>
            <extracomment>name</extracomment>
            <translation>Deslizamientos en pared con asentimiento</translation>
        </message>
        <message>
            <source>Slide your forearms up a wall with a gentle chin nod to open your upper back and shoulders.</source>
            <extracomment>summary</extracomment>
            <translation>Desliza los antebrazos hacia arriba por la pared con un leve asentimiento de la barbilla para abrir la parte alta de la espalda y los hombros.</translation>
        </message>
        <message>
            <source>Stand with your back to a wall, feet a small step away from it and knees soft.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de espaldas a una pared, con los pies a un paso corto de ella y las rodillas sin bloquear.</translation>
        </message>
        <message>
            <source>Make a gentle chin nod, so the back of your head lengthens up towards the wall. Touching the wall is optional.</source>
            <extracomment>steps 2</extracomment>
            <translation>Haz un leve asentimiento con la barbilla, como diciendo «sí», de modo que la nuca se alargue hacia arriba, hacia la pared. Tocar la pared es opcional.</translation>
        </message>
        <message>
            <source>Place your forearms against the wall in a goalpost shape and slide them up as far as is comfortable.</source>
            <extracomment>steps 3</extracomment>
            <translation>Apoya los antebrazos en la pared en forma de «U», como una portería, y deslízalos hacia arriba hasta donde te resulte cómodo.</translation>
        </message>
        <message>
            <source>Slide them back down, keeping your ribs relaxed.</source>
            <extracomment>steps 4</extracomment>
            <translation>Deslízalos de nuevo hacia abajo, con las costillas relajadas.</translation>
        </message>
        <message>
            <source>Comfort first: touching the wall is not the goal.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lo primero es la comodidad: tocar la pared no es el objetivo.</translation>
        </message>
        <message>
            <source>Arching your lower back to get your arms higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la zona lumbar para subir más los brazos.</translation>
        </message>
        <message>
            <source>Poking your chin forward.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Adelantar la barbilla.</translation>
        </message>
        <message>
            <source>Your shoulder pinches or hurts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas un pinchazo o dolor en el hombro.</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 1</extracomment>
            <translation>pared</translation>
        </message>
    </context>
    <context>
        <name>exercise post_sit_to_stand_supported</name>
        <message>
            <source>Sit-to-stand with hand support</source>
            <extracomment>name</extracomment>
            <translation>Sentarse y levantarse con las manos</translation>
        </message>
        <message>
            <source>Stand up from a higher seat, pushing with your hands: the sit-to-stand made lighter.</source>
            <extracomment>summary</extracomment>
            <translation>Levántate desde un asiento más alto empujando con las manos: el ejercicio de sentarse y levantarse, más ligero.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair with armrests, or raise the seat with a firm cushion. Feet hip-width apart, slightly behind your knees.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en la parte delantera de una silla firme con reposabrazos, o sube el asiento con un cojín firme. Pies separados al ancho de las caderas y un poco por detrás de las rodillas.</translation>
        </message>
        <message>
            <source>Put your hands on the armrests or on your thighs, and lean forward from your hips.</source>
            <extracomment>steps 2</extracomment>
            <translation>Pon las manos en los reposabrazos o sobre los muslos e inclínate hacia delante desde las caderas.</translation>
        </message>
        <message>
            <source>Push through your feet and hands to stand up fully.</source>
            <extracomment>steps 3</extracomment>
            <translation>Empuja con los pies y las manos hasta ponerte de pie del todo.</translation>
        </message>
        <message>
            <source>Sit back down slowly, reaching your hips back and using your hands to control the landing.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve a sentarte despacio, llevando las caderas hacia atrás y usando las manos para controlar la bajada.</translation>
        </message>
        <message>
            <source>The higher the seat and the more you push with your hands, the lighter it is.</source>
            <extracomment>cues 1</extracomment>
            <translation>Cuanto más alto sea el asiento y más empujes con las manos, más ligero resulta.</translation>
        </message>
        <message>
            <source>Dropping into the chair.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dejarte caer en la silla.</translation>
        </message>
        <message>
            <source>Letting your knees fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que las rodillas se vayan hacia dentro.</translation>
        </message>
        <message>
            <source>You feel dizzy when you stand, or your knees hurt.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sientes mareo al ponerte de pie, o te duelen las rodillas.</translation>
        </message>
        <message>
            <source>As your legs get stronger, push less with your hands or use a lower seat, until you can stand up without them.</source>
            <extracomment>note</extracomment>
            <translation>A medida que las piernas se fortalezcan, empuja menos con las manos o usa un asiento más bajo, hasta que puedas levantarte sin ellas.</translation>
        </message>
        <message>
            <source>firm chair with armrests, or a higher seat</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla firme con reposabrazos, o un asiento más alto</translation>
        </message>
    </context>
    <context>
        <name>exercise post_sit_to_stand</name>
        <message>
            <source>Sit-to-stand</source>
            <extracomment>name</extracomment>
            <translation>Sentarse y levantarse</translation>
        </message>
        <message>
            <source>Stand up from a chair and sit back down with control: everyday strength for your legs and hips.</source>
            <extracomment>summary</extracomment>
            <translation>Levántate de una silla y vuelve a sentarte con control: fuerza para el día a día en piernas y caderas.</translation>
        </message>
        <message>
            <source>Sit towards the front of a firm chair, feet hip-width apart and slightly behind your knees.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en la parte delantera de una silla firme, con los pies separados al ancho de las caderas y un poco por detrás de las rodillas.</translation>
        </message>
        <message>
            <source>Lean forward from your hips and stand up, pushing through your whole foot.</source>
            <extracomment>steps 2</extracomment>
            <translation>Inclínate hacia delante desde las caderas y levántate empujando con todo el pie.</translation>
        </message>
        <message>
            <source>Stand up fully.</source>
            <extracomment>steps 3</extracomment>
            <translation>Ponte de pie del todo.</translation>
        </message>
        <message>
            <source>Sit back down slowly, reaching your hips back.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve a sentarte despacio, llevando las caderas hacia atrás.</translation>
        </message>
        <message>
            <source>Use your arms to help at first if you need to.</source>
            <extracomment>cues 1</extracomment>
            <translation>Al principio, ayúdate con los brazos si lo necesitas.</translation>
        </message>
        <message>
            <source>Dropping into the chair.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dejarte caer en la silla.</translation>
        </message>
        <message>
            <source>Letting your knees fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que las rodillas se vayan hacia dentro.</translation>
        </message>
        <message>
            <source>Rounding sharply to get up.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Encorvarte bruscamente para levantarte.</translation>
        </message>
        <message>
            <source>You feel dizzy when you stand, or your knees hurt.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sientes mareo al ponerte de pie, o te duelen las rodillas.</translation>
        </message>
        <message>
            <source>It builds the strength you use every day to bend and lift with your hips, and the confidence to do it.</source>
            <extracomment>note</extracomment>
            <translation>Desarrolla la fuerza que usas cada día para inclinarte y levantar peso desde las caderas, y la confianza para hacerlo.</translation>
        </message>
        <message>
            <source>firm chair without wheels</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla firme sin ruedas</translation>
        </message>
    </context>
    <context>
        <name>exercise post_hip_flexor_standing</name>
        <message>
            <source>Standing hip flexor stretch</source>
            <extracomment>name</extracomment>
            <translation>Flexores de cadera: estiramiento de pie</translation>
        </message>
        <message>
            <source>Stretch the front of your hip in a standing split stance, holding a chair: no kneeling needed.</source>
            <extracomment>summary</extracomment>
            <translation>Estira la parte delantera de la cadera de pie, con un pie adelantado y sujetándote a una silla: sin necesidad de arrodillarte.</translation>
        </message>
        <message>
            <source>Stand beside a chair or wall and hold it lightly. Step one foot back, heel lifted, both feet pointing forward.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie junto a una silla o una pared y sujétate ligeramente. Lleva un pie hacia atrás, con el talón levantado y los dos pies apuntando hacia delante.</translation>
        </message>
        <message>
            <source>Gently tuck your pelvis under, tail pointing down, until you feel a mild stretch at the front of the back hip.</source>
            <extracomment>steps 2</extracomment>
            <translation>Recoge suavemente la pelvis, con el coxis apuntando hacia abajo (retroversión), hasta notar un estiramiento leve en la parte delantera de la cadera de atrás.</translation>
        </message>
        <message>
            <source>Bend the front knee a little to ease your hips forward, keep your trunk upright, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Flexiona un poco la rodilla de delante para llevar las caderas hacia delante, con el tronco erguido, y mantén la posición.</translation>
        </message>
        <message>
            <source>Do the holds on this side, then swap legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Haz los mantenimientos de este lado y luego cambia de pierna.</translation>
        </message>
        <message>
            <source>Keep the stretch mild, about 3 or 4 out of 10.</source>
            <extracomment>cues 1</extracomment>
            <translation>Que el estiramiento sea leve, de unos 3 o 4 sobre 10.</translation>
        </message>
        <message>
            <source>Arching your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la zona lumbar.</translation>
        </message>
        <message>
            <source>Leaning forward.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Inclinarte hacia delante.</translation>
        </message>
        <message>
            <source>Taking too long a step.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Dar un paso demasiado largo.</translation>
        </message>
        <message>
            <source>Your back hurts, or pain spreads into your leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele la espalda o el dolor se extiende a la pierna.</translation>
        </message>
        <message>
            <source>Kinder to your knees than the kneeling versions, and easy to fit into a desk break.</source>
            <extracomment>note</extracomment>
            <translation>Más amable con las rodillas que las versiones de rodillas, y fácil de hacer en una pausa activa.</translation>
        </message>
        <message>
            <source>chair or wall for balance</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla o pared para mantener el equilibrio</translation>
        </message>
    </context>
    <context>
        <name>exercise post_hip_flexor_stretch</name>
        <message>
            <source>Half-kneeling hip flexor stretch</source>
            <extracomment>name</extracomment>
            <translation>Flexores de cadera: rodilla en el suelo</translation>
        </message>
        <message>
            <source>A mild stretch for the front of the hip from a half-kneeling position.</source>
            <extracomment>summary</extracomment>
            <translation>Un estiramiento leve de la parte delantera de la cadera con una rodilla apoyada en el suelo.</translation>
        </message>
        <message>
            <source>Kneel on one knee with the other foot flat in front of you, knee over ankle.</source>
            <extracomment>steps 1</extracomment>
            <translation>Apoya una rodilla en el suelo y el otro pie plano delante de ti, con la rodilla sobre el tobillo.</translation>
        </message>
        <message>
            <source>Gently tuck your pelvis under, tail pointing down, until you feel a stretch at the front of the back hip.</source>
            <extracomment>steps 2</extracomment>
            <translation>Recoge suavemente la pelvis, con el coxis apuntando hacia abajo (retroversión), hasta notar un estiramiento en la parte delantera de la cadera de atrás.</translation>
        </message>
        <message>
            <source>Shift your weight slightly forward, keep your trunk upright, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lleva el peso un poco hacia delante, con el tronco erguido, y mantén la posición.</translation>
        </message>
        <message>
            <source>Do the holds on this side, then swap sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Haz los mantenimientos de este lado y luego cambia de lado.</translation>
        </message>
        <message>
            <source>Keep the stretch mild, about 3 or 4 out of 10.</source>
            <extracomment>cues 1</extracomment>
            <translation>Que el estiramiento sea leve, de unos 3 o 4 sobre 10.</translation>
        </message>
        <message>
            <source>Arching your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la zona lumbar.</translation>
        </message>
        <message>
            <source>Leaning far forward.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Inclinarte mucho hacia delante.</translation>
        </message>
        <message>
            <source>Kneeling on a hard floor.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Arrodillarte sobre un suelo duro.</translation>
        </message>
        <message>
            <source>Your knee hurts (try the standing hip flexor stretch instead), or your back hurts.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele la rodilla (prueba en su lugar el estiramiento de flexores de cadera de pie), o te duele la espalda.</translation>
        </message>
        <message>
            <source>Sitting doesn't need 'fixing', and there is no single correct posture. Many people who sit a lot simply find this stretch feels good.</source>
            <extracomment>note</extracomment>
            <translation>Estar sentado no es algo que haya que «corregir», y no existe una única postura correcta. A muchas personas que pasan mucho tiempo sentadas simplemente les sienta bien este estiramiento.</translation>
        </message>
        <message>
            <source>mat or cushion under the knee</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta o cojín bajo la rodilla</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_hands_glute</name>
        <message>
            <source>Knuckle massage for the buttock</source>
            <extracomment>name</extracomment>
            <translation>Masaje con nudillos en el glúteo</translation>
        </message>
        <message>
            <source>Knead the muscles of your buttock with your knuckles while you stand: your hand sets the pressure.</source>
            <extracomment>summary</extracomment>
            <translation>Amasa los músculos del glúteo con los nudillos, de pie: tu mano controla la presión.</translation>
        </message>
        <message>
            <source>Stand with your feet hip-width apart, near something to hold if you like.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de pie con los pies separados al ancho de las caderas, cerca de algo donde sujetarte si quieres.</translation>
        </message>
        <message>
            <source>Make a soft fist and place your knuckles on the fleshy part of one buttock.</source>
            <extracomment>steps 2</extracomment>
            <translation>Cierra la mano en un puño suave y apoya los nudillos en la parte carnosa de un glúteo.</translation>
        </message>
        <message>
            <source>Knead in slow, small circles with light to moderate pressure, about 3 out of 10, and breathe slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Amasa con círculos lentos y pequeños, con una presión de ligera a moderada, de unos 3 sobre 10, y respira despacio.</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Cambia de lado.</translation>
        </message>
        <message>
            <source>Use pressure you can breathe through easily.</source>
            <extracomment>cues 1</extracomment>
            <translation>Usa una presión con la que puedas respirar con facilidad.</translation>
        </message>
        <message>
            <source>Pressing on bone.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Presionar sobre el hueso.</translation>
        </message>
        <message>
            <source>Pressing so hard that you hold your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Presionar tan fuerte que contienes la respiración.</translation>
        </message>
        <message>
            <source>You feel numbness, tingling or pain shooting down your leg. Move to a different spot, or stop.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas entumecimiento, hormigueo o un dolor que te baja como una descarga por la pierna. Cambia a otro punto, o déjalo.</translation>
        </message>
        <message>
            <source>A lighter option than the massage ball. Like all self-massage, it gives short-term comfort that can make moving easier.</source>
            <extracomment>note</extracomment>
            <translation>Una opción más ligera que la pelota de masaje. Como todo automasaje, da un alivio a corto plazo que puede facilitarte el movimiento.</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_ball_glute</name>
        <message>
            <source>Massage ball for the buttock</source>
            <extracomment>name</extracomment>
            <translation>Pelota de masaje para el glúteo</translation>
        </message>
        <message>
            <source>Lean against a ball on the wall to ease tight buttock muscles.</source>
            <extracomment>summary</extracomment>
            <translation>Apóyate contra una pelota en la pared para aliviar la tensión de los glúteos.</translation>
        </message>
        <message>
            <source>Stand with your back to a wall and place the ball between the wall and the fleshy part of one buttock.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de espaldas a una pared y coloca la pelota entre la pared y la parte carnosa de un glúteo.</translation>
        </message>
        <message>
            <source>Lean in gently. The pressure should feel good, or at most a little uncomfortable (about 4 out of 10).</source>
            <extracomment>steps 2</extracomment>
            <translation>Apóyate suavemente. La presión debe resultar agradable o, como mucho, un poco incómoda (unos 4 sobre 10).</translation>
        </message>
        <message>
            <source>Make small circles, or stay on a tender spot and breathe slowly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Haz pequeños círculos, o quédate sobre un punto sensible y respira despacio.</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Cambia de lado.</translation>
        </message>
        <message>
            <source>Standing against a wall lets you control the pressure.</source>
            <extracomment>cues 1</extracomment>
            <translation>De pie contra la pared, tú controlas la presión.</translation>
        </message>
        <message>
            <source>Pressing on bone.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Presionar sobre el hueso.</translation>
        </message>
        <message>
            <source>Pressing so hard that you hold your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Presionar tan fuerte que contienes la respiración.</translation>
        </message>
        <message>
            <source>Rolling for many minutes.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Rodar la pelota durante muchos minutos.</translation>
        </message>
        <message>
            <source>You feel numbness, tingling or pain shooting down your leg. You may be pressing on the sciatic nerve, so move the ball.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas entumecimiento, hormigueo o un dolor que te baja como una descarga por la pierna. Puede que estés presionando el nervio ciático, así que mueve la pelota.</translation>
        </message>
        <message>
            <source>Self-massage gives short-term comfort that can make moving easier. Use it alongside your exercise, not instead of it.</source>
            <extracomment>note</extracomment>
            <translation>El automasaje da un alivio a corto plazo que puede facilitarte el movimiento. Úsalo junto con tus ejercicios, no en su lugar.</translation>
        </message>
        <message>
            <source>tennis ball or massage ball</source>
            <extracomment>equipment 1</extracomment>
            <translation>pelota de tenis o de masaje</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 2</extracomment>
            <translation>pared</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_stroke_low_back</name>
        <message>
            <source>Light stroking, low back</source>
            <extracomment>name</extracomment>
            <translation>Pasadas suaves en la zona lumbar</translation>
        </message>
        <message>
            <source>Slow, light strokes over your lower back with flat hands: soothing, with no kneading.</source>
            <extracomment>summary</extracomment>
            <translation>Pasadas lentas y suaves por la zona lumbar con las manos planas: calmante, sin amasar.</translation>
        </message>
        <message>
            <source>Sit or stand and place your palms flat on your lower back, either side of your spine.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate o ponte de pie y apoya las palmas planas en la zona lumbar, a ambos lados de la columna.</translation>
        </message>
        <message>
            <source>Stroke slowly down towards your pelvis with light pressure, then lift your hands and start again at the top.</source>
            <extracomment>steps 2</extracomment>
            <translation>Desliza las manos despacio hacia la pelvis con una presión ligera; después levántalas y vuelve a empezar arriba.</translation>
        </message>
        <message>
            <source>Breathe slowly and let your shoulders relax.</source>
            <extracomment>steps 3</extracomment>
            <translation>Respira despacio y deja que los hombros se relajen.</translation>
        </message>
        <message>
            <source>Light and slow, like smoothing a sheet.</source>
            <extracomment>cues 1</extracomment>
            <translation>Ligero y lento, como si alisaras una sábana.</translation>
        </message>
        <message>
            <source>Pressing hard.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Presionar fuerte.</translation>
        </message>
        <message>
            <source>Rubbing so fast that it irritates your skin.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Frotar tan rápido que se irrita la piel.</translation>
        </message>
        <message>
            <source>You notice skin irritation, or your pain increases.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas irritación en la piel, o el dolor aumenta.</translation>
        </message>
        <message>
            <source>For sore days or a tender back. Warm hands, or a little massage oil, make it more pleasant.</source>
            <extracomment>note</extracomment>
            <translation>Para días con dolor o una espalda sensible. Con las manos calientes o un poco de aceite de masaje resulta más agradable.</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_hands_low_back</name>
        <message>
            <source>Hand self-massage, low back muscles</source>
            <extracomment>name</extracomment>
            <translation>Automasaje con las manos, zona lumbar</translation>
        </message>
        <message>
            <source>Knead the muscles either side of your lower spine with your thumbs or knuckles.</source>
            <extracomment>summary</extracomment>
            <translation>Amasa los músculos a ambos lados de la parte baja de la columna con los pulgares o los nudillos.</translation>
        </message>
        <message>
            <source>Sit or stand and place your hands on your lower back, thumbs or knuckles on the muscles either side of your spine.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate o ponte de pie y coloca las manos en la zona lumbar, con los pulgares o los nudillos sobre los músculos a ambos lados de la columna.</translation>
        </message>
        <message>
            <source>Knead in slow circles, working from your waist down towards the top of your pelvis.</source>
            <extracomment>steps 2</extracomment>
            <translation>Amasa con círculos lentos, desde la cintura hacia abajo hasta la parte superior de la pelvis.</translation>
        </message>
        <message>
            <source>Use firm but comfortable pressure. Stay on the muscles, away from the bony line in the middle.</source>
            <extracomment>steps 3</extracomment>
            <translation>Usa una presión firme pero cómoda. Quédate sobre los músculos, lejos de la línea ósea del centro.</translation>
        </message>
        <message>
            <source>Finish with a few slow strokes downwards. A little massage oil helps, if you like.</source>
            <extracomment>steps 4</extracomment>
            <translation>Termina con unas pasadas lentas hacia abajo. Si quieres, un poco de aceite de masaje ayuda.</translation>
        </message>
        <message>
            <source>Comfortable pressure, relaxed breathing.</source>
            <extracomment>cues 1</extracomment>
            <translation>Presión cómoda, respiración relajada.</translation>
        </message>
        <message>
            <source>Digging into the spine itself.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Clavar los dedos en la propia columna.</translation>
        </message>
        <message>
            <source>Pressing so hard that it bruises.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Presionar tan fuerte que salen moretones.</translation>
        </message>
        <message>
            <source>You notice bruising or skin irritation, or your pain increases.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas moretones o irritación en la piel, o el dolor aumenta.</translation>
        </message>
        <message>
            <source>Massage is for comfort: it feels good and can make moving easier for a while.</source>
            <extracomment>note</extracomment>
            <translation>El masaje es para aliviar: sienta bien y puede facilitar el movimiento durante un rato.</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_ball_upper_back_wall</name>
        <message>
            <source>Massage ball against a wall, upper back</source>
            <extracomment>name</extracomment>
            <translation>Pelota en la pared para la espalda alta</translation>
        </message>
        <message>
            <source>Lean your upper back against a ball on the wall: the foam roller's job, standing and with less pressure.</source>
            <extracomment>summary</extracomment>
            <translation>Apoya la parte alta de la espalda contra una pelota en la pared: lo mismo que hace el rodillo de espuma, de pie y con menos presión.</translation>
        </message>
        <message>
            <source>Stand with your back to a wall and place the ball between the wall and the muscles beside one shoulder blade.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de espaldas a una pared y coloca la pelota entre la pared y los músculos junto a un omóplato.</translation>
        </message>
        <message>
            <source>Lean in gently, feet a small step from the wall, so the pressure is about 4 out of 10 at most.</source>
            <extracomment>steps 2</extracomment>
            <translation>Apóyate suavemente, con los pies a un paso corto de la pared, de forma que la presión sea como mucho de unos 4 sobre 10.</translation>
        </message>
        <message>
            <source>Bend and straighten your knees a little to roll the ball slowly up and down, or stay on a tender spot and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Flexiona y estira un poco las rodillas para que la pelota ruede despacio arriba y abajo, o quédate sobre un punto sensible y respira.</translation>
        </message>
        <message>
            <source>Keep the ball beside the shoulder blade, off the spine. Switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén la pelota junto al omóplato, fuera de la columna. Cambia de lado.</translation>
        </message>
        <message>
            <source>Step your feet closer to the wall for less pressure.</source>
            <extracomment>cues 1</extracomment>
            <translation>Acerca los pies a la pared para reducir la presión.</translation>
        </message>
        <message>
            <source>Rolling onto the spine itself.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Rodar sobre la propia columna.</translation>
        </message>
        <message>
            <source>Letting the ball drop down to your lower back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la pelota baje hasta la zona lumbar.</translation>
        </message>
        <message>
            <source>Pressing so hard that you hold your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Presionar tan fuerte que contienes la respiración.</translation>
        </message>
        <message>
            <source>Your ribs hurt, or you feel numbness or tingling into your arm.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duelen las costillas, o notas entumecimiento u hormigueo que baja al brazo.</translation>
        </message>
        <message>
            <source>You stay standing and in charge of the pressure, so it is gentler than lying on a roller and easier if getting down to the floor is hard. If you have osteoporosis, check with your clinician first.</source>
            <extracomment>note</extracomment>
            <translation>Sigues de pie y controlas la presión, así que es más suave que tumbarte sobre un rodillo y más fácil si te cuesta bajar al suelo. Si tienes osteoporosis, consúltalo antes con tu profesional sanitario.</translation>
        </message>
        <message>
            <source>tennis ball or massage ball</source>
            <extracomment>equipment 1</extracomment>
            <translation>pelota de tenis o de masaje</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 2</extracomment>
            <translation>pared</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_roller_upper_back</name>
        <message>
            <source>Foam roller for the upper back</source>
            <extracomment>name</extracomment>
            <translation>Rodillo de espuma para la espalda alta</translation>
        </message>
        <message>
            <source>Roll slowly over a foam roller to loosen your upper back.</source>
            <extracomment>summary</extracomment>
            <translation>Rueda despacio sobre un rodillo de espuma para soltar la parte alta de la espalda.</translation>
        </message>
        <message>
            <source>Sit on the floor with the roller behind you, then lie back so it rests under your shoulder blades.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en el suelo con el rodillo detrás de ti y luego túmbate hacia atrás para que quede bajo los omóplatos.</translation>
        </message>
        <message>
            <source>Support your head with your hands. Keep your hips on the floor or lift them slightly.</source>
            <extracomment>steps 2</extracomment>
            <translation>Sujeta la cabeza con las manos. Mantén las caderas en el suelo o levántalas un poco.</translation>
        </message>
        <message>
            <source>Roll slowly a short way up and down your upper back, or pause and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Rueda despacio un poco arriba y abajo por la parte alta de la espalda, o detente y respira.</translation>
        </message>
        <message>
            <source>Keep the roller above your lowest ribs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén el rodillo por encima de las últimas costillas.</translation>
        </message>
        <message>
            <source>Upper back only.</source>
            <extracomment>cues 1</extracomment>
            <translation>Solo la parte alta de la espalda.</translation>
        </message>
        <message>
            <source>Rolling down onto your lower back.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Bajar rodando hasta la zona lumbar.</translation>
        </message>
        <message>
            <source>Letting your head hang.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la cabeza cuelgue.</translation>
        </message>
        <message>
            <source>Rolling fast.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Rodar deprisa.</translation>
        </message>
        <message>
            <source>Your ribs hurt. If you have osteoporosis, leave this one out.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duelen las costillas. Si tienes osteoporosis, no hagas este ejercicio.</translation>
        </message>
        <message>
            <source>Keep the roller on your upper back, above your lowest ribs; we leave the lower back out of rolling. For your lower back, use your hands instead (hand self-massage): they let you keep the pressure gentle.</source>
            <extracomment>note</extracomment>
            <translation>Mantén el rodillo en la parte alta de la espalda, por encima de las últimas costillas; la zona lumbar la dejamos fuera del rodillo. Para la zona lumbar, usa mejor las manos (automasaje con las manos): te permiten mantener una presión suave.</translation>
        </message>
        <message>
            <source>foam roller</source>
            <extracomment>equipment 1</extracomment>
            <translation>rodillo de espuma</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 2</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_hands_calf</name>
        <message>
            <source>Hand massage for the calves</source>
            <extracomment>name</extracomment>
            <translation>Masaje con las manos en las pantorrillas</translation>
        </message>
        <message>
            <source>Sit and knead your calf muscles with your hands: gentler than a roller.</source>
            <extracomment>summary</extracomment>
            <translation>En una silla, amasa las pantorrillas con las manos: más suave que un rodillo.</translation>
        </message>
        <message>
            <source>Sit on a chair and rest one foot on a low stool or step in front of you, knee slightly bent.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en una silla y apoya un pie en un taburete bajo o en un escalón delante de ti, con la rodilla ligeramente flexionada.</translation>
        </message>
        <message>
            <source>Lean forward a little and wrap both hands around the calf.</source>
            <extracomment>steps 2</extracomment>
            <translation>Inclínate un poco hacia delante y rodea la pantorrilla con las dos manos.</translation>
        </message>
        <message>
            <source>Squeeze gently and stroke slowly upwards, from just above the ankle towards the knee. Pause on tender spots and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Aprieta suavemente y desliza las manos despacio hacia arriba, desde justo encima del tobillo hacia la rodilla. Detente en los puntos sensibles y respira.</translation>
        </message>
        <message>
            <source>Switch legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Cambia de pierna.</translation>
        </message>
        <message>
            <source>Stroke upwards, towards the knee.</source>
            <extracomment>cues 1</extracomment>
            <translation>Desliza las manos hacia arriba, hacia la rodilla.</translation>
        </message>
        <message>
            <source>Pressing into the back of the knee.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Presionar en la parte de atrás de la rodilla.</translation>
        </message>
        <message>
            <source>Pressing hard on the Achilles tendon.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Presionar fuerte sobre el tendón de Aquiles.</translation>
        </message>
        <message>
            <source>Your calf is swollen, warm, red, or painful at rest: don't massage it. It can be a blood clot: contact a doctor the same day.</source>
            <extracomment>stop_if</extracomment>
            <translation>La pantorrilla está hinchada, caliente, enrojecida o te duele en reposo: no la masajees. Puede ser un coágulo de sangre (trombosis): contacta con un médico el mismo día.</translation>
        </message>
        <message>
            <source>Gentler than rolling, because your hands set the pressure. If you have varicose veins, keep the pressure very light and stay off them.</source>
            <extracomment>note</extracomment>
            <translation>Más suave que el rodillo, porque son tus manos las que marcan la presión. Si tienes varices, usa una presión muy ligera y evita pasar por encima de ellas.</translation>
        </message>
        <message>
            <source>chair</source>
            <extracomment>equipment 1</extracomment>
            <translation>silla</translation>
        </message>
        <message>
            <source>low stool or step</source>
            <extracomment>equipment 2</extracomment>
            <translation>taburete bajo o escalón</translation>
        </message>
    </context>
    <context>
        <name>exercise mass_roller_calf</name>
        <message>
            <source>Roller or ball for the calves</source>
            <extracomment>name</extracomment>
            <translation>Rodillo o pelota para las pantorrillas</translation>
        </message>
        <message>
            <source>Roll your calves slowly over a roller or ball.</source>
            <extracomment>summary</extracomment>
            <translation>Haz rodar las pantorrillas despacio sobre un rodillo o una pelota.</translation>
        </message>
        <message>
            <source>Sit on the floor with the roller under one calf.</source>
            <extracomment>steps 1</extracomment>
            <translation>Siéntate en el suelo con el rodillo bajo una pantorrilla.</translation>
        </message>
        <message>
            <source>Support yourself on your hands and roll slowly from just below the knee to just above the ankle.</source>
            <extracomment>steps 2</extracomment>
            <translation>Apóyate en las manos y rueda despacio desde justo debajo de la rodilla hasta justo encima del tobillo.</translation>
        </message>
        <message>
            <source>Pause on tender spots and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Detente en los puntos sensibles y respira.</translation>
        </message>
        <message>
            <source>Switch legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Cambia de pierna.</translation>
        </message>
        <message>
            <source>Slow strokes, moderate pressure.</source>
            <extracomment>cues 1</extracomment>
            <translation>Pasadas lentas, presión moderada.</translation>
        </message>
        <message>
            <source>Rolling over the back of the knee.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Rodar sobre la parte de atrás de la rodilla.</translation>
        </message>
        <message>
            <source>Pressing hard on the Achilles tendon.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Presionar fuerte sobre el tendón de Aquiles.</translation>
        </message>
        <message>
            <source>Your calf is swollen, warm, red, or painful at rest: don't roll it. It can be a blood clot: contact a doctor the same day. Leave this one out if you have varicose veins.</source>
            <extracomment>stop_if</extracomment>
            <translation>La pantorrilla está hinchada, caliente, enrojecida o te duele en reposo: no la pases por el rodillo. Puede ser un coágulo de sangre (trombosis): contacta con un médico el mismo día. No hagas este ejercicio si tienes varices.</translation>
        </message>
        <message>
            <source>foam roller or ball</source>
            <extracomment>equipment 1</extracomment>
            <translation>rodillo de espuma o pelota</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_pelvic_tilt</name>
        <message>
            <source>Pelvic tilt (lying)</source>
            <extracomment>name</extracomment>
            <translation>Basculación pélvica (tumbado)</translation>
        </message>
        <message>
            <source>A small, slow rocking of the pelvis that gently moves your lower back.</source>
            <extracomment>summary</extracomment>
            <translation>Un balanceo pequeño y lento de la pelvis que mueve suavemente la zona lumbar.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent, feet flat and hip-width apart.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas y los pies apoyados, separados al ancho de las caderas.</translation>
        </message>
        <message>
            <source>Breathe out and gently roll your pelvis back, so your lower back eases towards the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Suelta el aire y bascula suavemente la pelvis hacia atrás, de modo que la zona lumbar se acerque al suelo.</translation>
        </message>
        <message>
            <source>Roll the other way until a small arch comes back. Stay in a range that feels easy.</source>
            <extracomment>steps 3</extracomment>
            <translation>Bascula hacia el otro lado hasta que vuelva un pequeño arco. Quédate en un recorrido que te resulte fácil.</translation>
        </message>
        <message>
            <source>Keep going slowly and smoothly, like a small rocking movement.</source>
            <extracomment>steps 4</extracomment>
            <translation>Sigue despacio y con suavidad, como un pequeño balanceo.</translation>
        </message>
        <message>
            <source>A small movement is enough.</source>
            <extracomment>cues 1</extracomment>
            <translation>Basta con un movimiento pequeño.</translation>
        </message>
        <message>
            <source>Let your breathing set the rhythm.</source>
            <extracomment>cues 2</extracomment>
            <translation>Deja que tu respiración marque el ritmo.</translation>
        </message>
        <message>
            <source>Pushing through your feet so your buttocks lift.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Empujar con los pies hasta levantar los glúteos.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Forcing the end of the movement.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Forzar el final del movimiento.</translation>
        </message>
        <message>
            <source>Pain spreads into a leg, or it climbs a little with every rep.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor se extiende a una pierna, o aumenta un poco con cada repetición.</translation>
        </message>
        <message>
            <source>A kind way to move your lower back on a sore day: it keeps the back in its comfortable middle range.</source>
            <extracomment>note</extracomment>
            <translation>Una forma amable de mover la zona lumbar en un día con dolor: mantiene la espalda en su zona media, la más cómoda.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_brace_breathe</name>
        <message>
            <source>Gentle abdominal brace with breathing</source>
            <extracomment>name</extracomment>
            <translation>Activación abdominal suave respirando</translation>
        </message>
        <message>
            <source>Learn to switch on the muscles around your waist lightly while you keep breathing.</source>
            <extracomment>summary</extracomment>
            <translation>Aprende a activar ligeramente los músculos de alrededor de la cintura mientras sigues respirando.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent. Rest your fingertips just inside your hip bones.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas. Apoya las yemas de los dedos justo por dentro de los huesos de la cadera.</translation>
        </message>
        <message>
            <source>Gently firm up the muscles around your waist, about a quarter of your full effort, as if you were about to cough lightly.</source>
            <extracomment>steps 2</extracomment>
            <translation>Tensa suavemente los músculos de alrededor de la cintura, a una cuarta parte de tu fuerza máxima, como si fueras a toser ligeramente.</translation>
        </message>
        <message>
            <source>Keep that light tension and breathe slowly in and out while you hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Mantén esa tensión ligera y, mientras la mantienes, toma y suelta el aire despacio.</translation>
        </message>
        <message>
            <source>Let go completely and relax before the next hold.</source>
            <extracomment>steps 4</extracomment>
            <translation>Suelta del todo y relájate antes del siguiente mantenimiento.</translation>
        </message>
        <message>
            <source>Think of a wide, light belt around your waist, not a hard squeeze.</source>
            <extracomment>cues 1</extracomment>
            <translation>Piensa en un cinturón ancho y ligero alrededor de la cintura, no en apretar con fuerza.</translation>
        </message>
        <message>
            <source>Keep breathing all the way through the hold.</source>
            <extracomment>cues 2</extracomment>
            <translation>Sigue respirando durante todo el mantenimiento.</translation>
        </message>
        <message>
            <source>Sucking your belly in hard.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Meter el abdomen con fuerza.</translation>
        </message>
        <message>
            <source>Pressing your back flat into the floor.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Aplastar la espalda contra el suelo.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>You feel light-headed (you may be holding your breath), or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Sientes mareo (puede que estés conteniendo la respiración), o el dolor se agudiza.</translation>
        </message>
        <message>
            <source>This teaches you what a light brace feels like, so you can use it in the other exercises. Training like this works about as well as other exercise, not better, so a few short holds are plenty.</source>
            <extracomment>note</extracomment>
            <translation>Te enseña cómo se siente una activación abdominal ligera, para que puedas usarla en los demás ejercicios. Este tipo de entrenamiento funciona más o menos igual de bien que otros ejercicios, no mejor, así que bastan unos pocos mantenimientos cortos.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_heel_slide</name>
        <message>
            <source>Heel slides (dead bug, level 1)</source>
            <extracomment>name</extracomment>
            <translation>Deslizar el talón (dead bug, nivel 1)</translation>
        </message>
        <message>
            <source>Slide one heel out and back while your pelvis stays quiet: the first step towards the dead bug.</source>
            <extracomment>summary</extracomment>
            <translation>Aleja un talón deslizándolo por el suelo y vuelve a traerlo mientras la pelvis se queda quieta: el primer paso hacia el dead bug.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and set a gentle brace.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas y activa suavemente el abdomen.</translation>
        </message>
        <message>
            <source>Slowly slide one heel along the floor until that leg is nearly straight.</source>
            <extracomment>steps 2</extracomment>
            <translation>Desliza despacio un talón por el suelo hasta que esa pierna esté casi estirada.</translation>
        </message>
        <message>
            <source>Slide it back again, without letting your pelvis rock or your back arch.</source>
            <extracomment>steps 3</extracomment>
            <translation>Vuelve a deslizarlo hacia ti, sin dejar que la pelvis se balancee ni que la espalda se arquee.</translation>
        </message>
        <message>
            <source>Swap legs and keep alternating.</source>
            <extracomment>steps 4</extracomment>
            <translation>Cambia de pierna y sigue alternando.</translation>
        </message>
        <message>
            <source>Move only as fast as you can keep your pelvis still.</source>
            <extracomment>cues 1</extracomment>
            <translation>Muévete solo tan rápido como puedas mantener la pelvis quieta.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Ir con prisas.</translation>
        </message>
        <message>
            <source>Letting your lower back lift as the leg straightens.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la zona lumbar se despegue del suelo al estirar la pierna.</translation>
        </message>
        <message>
            <source>Pain travels down your leg, or your back arches and pinches.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor baja por la pierna, o la espalda se arquea y notas un pinchazo.</translation>
        </message>
        <message>
            <source>A safe place to start, used instead of straight-leg raises. Your foot stays on the floor, so the load on your back stays small.</source>
            <extracomment>note</extracomment>
            <translation>Un punto de partida seguro, que usamos en lugar de las elevaciones de pierna estirada. El pie se queda en el suelo, así que la carga sobre la espalda sigue siendo pequeña.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_toe_tap</name>
        <message>
            <source>Bent-knee toe taps (dead bug, level 2)</source>
            <extracomment>name</extracomment>
            <translation>Toques con el pie (dead bug, nivel 2)</translation>
        </message>
        <message>
            <source>Lower one bent leg to tap the floor while your back stays calm and supported.</source>
            <extracomment>summary</extracomment>
            <translation>Baja una pierna flexionada hasta tocar el suelo con el pie mientras la espalda sigue tranquila y apoyada.</translation>
        </message>
        <message>
            <source>Lie on your back. Lift your legs one at a time until your hips and knees are bent to about a right angle (tabletop).</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba. Sube las piernas de una en una hasta que caderas y rodillas estén flexionadas más o menos en ángulo recto (posición de mesa).</translation>
        </message>
        <message>
            <source>Set a gentle brace and let your lower back rest quietly on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Activa suavemente el abdomen y deja que la zona lumbar descanse tranquila en el suelo.</translation>
        </message>
        <message>
            <source>Keep the knee bent and slowly lower one foot to tap the floor, then bring it back up.</source>
            <extracomment>steps 3</extracomment>
            <translation>Mantén la rodilla flexionada y baja despacio un pie hasta tocar el suelo; después vuelve a subirlo.</translation>
        </message>
        <message>
            <source>Swap legs and keep alternating. To make it easier, leave one foot resting on the floor.</source>
            <extracomment>steps 4</extracomment>
            <translation>Cambia de pierna y sigue alternando. Para hacerlo más fácil, deja un pie apoyado en el suelo.</translation>
        </message>
        <message>
            <source>The movement comes from your hip, not your back.</source>
            <extracomment>cues 1</extracomment>
            <translation>El movimiento sale de la cadera, no de la espalda.</translation>
        </message>
        <message>
            <source>Breathe out as the foot lowers.</source>
            <extracomment>cues 2</extracomment>
            <translation>Suelta el aire mientras bajas el pie.</translation>
        </message>
        <message>
            <source>Straightening the knee, which turns the leg into a long, heavy lever.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Estirar la rodilla, lo que convierte la pierna en una palanca larga y pesada.</translation>
        </message>
        <message>
            <source>Letting your back arch as the foot lowers.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la espalda se arquee al bajar el pie.</translation>
        </message>
        <message>
            <source>Pulling your chin up.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Tirar de la barbilla hacia arriba.</translation>
        </message>
        <message>
            <source>Your lower back lifts and you can't control it, or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>La zona lumbar se despega y no puedes controlarla, o el dolor se agudiza.</translation>
        </message>
        <message>
            <source>We use this instead of straight-leg raises. With a straight leg, the hip muscles pull hard on the lower back; a bent knee shortens the lever and keeps the load comfortable.</source>
            <extracomment>note</extracomment>
            <translation>Lo usamos en lugar de las elevaciones de pierna estirada. Con la pierna estirada, los músculos de la cadera tiran con fuerza de la zona lumbar; con la rodilla flexionada, la palanca es más corta y la carga sigue siendo cómoda.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_dead_bug</name>
        <message>
            <source>Dead bug, opposite arm and leg (level 3)</source>
            <extracomment>name</extracomment>
            <translation>Dead bug con brazo y pierna (nivel 3)</translation>
        </message>
        <message>
            <source>Slowly reach one arm and the opposite leg away while your trunk stays still.</source>
            <extracomment>summary</extracomment>
            <translation>Aleja despacio un brazo y la pierna contraria mientras el tronco se queda quieto.</translation>
        </message>
        <message>
            <source>Start in tabletop, hips and knees bent to a right angle, with both arms pointing at the ceiling.</source>
            <extracomment>steps 1</extracomment>
            <translation>Empieza en posición de mesa, con caderas y rodillas flexionadas en ángulo recto y los dos brazos apuntando al techo.</translation>
        </message>
        <message>
            <source>Brace gently. Breathe out as you slowly reach one arm overhead and stretch the opposite leg away.</source>
            <extracomment>steps 2</extracomment>
            <translation>Activa suavemente el abdomen. Suelta el aire mientras llevas despacio un brazo por encima de la cabeza y estiras la pierna contraria.</translation>
        </message>
        <message>
            <source>Go only as far as you can without your back arching, and pause briefly.</source>
            <extracomment>steps 3</extracomment>
            <translation>Llega solo hasta donde puedas sin que la espalda se arquee, y haz una breve pausa.</translation>
        </message>
        <message>
            <source>Come back to the start and repeat with the other arm and leg.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve al inicio y repite con el otro brazo y la otra pierna.</translation>
        </message>
        <message>
            <source>Slow and steady: about 3 seconds out and 3 seconds back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Lento y constante: unos 3 segundos para ir y 3 segundos para volver.</translation>
        </message>
        <message>
            <source>Moving fast, as if pedalling a bike.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Moverte deprisa, como si pedalearas en una bici.</translation>
        </message>
        <message>
            <source>Arching your back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Arquear la espalda.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Your back arches and you can't stop it, or you feel sharp or spreading pain.</source>
            <extracomment>stop_if</extracomment>
            <translation>La espalda se arquea y no puedes evitarlo, o sientes un dolor agudo o que se extiende.</translation>
        </message>
        <message>
            <source>This is used instead of fast leg bicycling. It is the same alternating pattern, done slowly, with your trunk still and your head resting on the floor.</source>
            <extracomment>note</extracomment>
            <translation>Se usa en lugar de la «bicicleta» rápida con las piernas. Es el mismo patrón alterno, hecho despacio, con el tronco quieto y la cabeza apoyada en el suelo.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_curl_up_head</name>
        <message>
            <source>Curl-up, head lift only (level 1)</source>
            <extracomment>name</extracomment>
            <translation>Curl-up, solo la cabeza (nivel 1)</translation>
        </message>
        <message>
            <source>The first step towards the curl-up: set your tummy muscles lightly and lift only your head, a little.</source>
            <extracomment>summary</extracomment>
            <translation>El primer paso hacia el curl-up: activa ligeramente los abdominales y levanta solo la cabeza, un poco.</translation>
        </message>
        <message>
            <source>Lie on your back with one knee bent and the other leg straight. Slide your hands, palms down, under the small of your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con una rodilla flexionada y la otra pierna estirada. Desliza las manos, con las palmas hacia abajo, bajo la curva de la zona lumbar.</translation>
        </message>
        <message>
            <source>Gently firm up the muscles around your waist, as if you were about to cough lightly, and keep breathing.</source>
            <extracomment>steps 2</extracomment>
            <translation>Tensa suavemente los músculos de alrededor de la cintura, como si fueras a toser ligeramente, y sigue respirando.</translation>
        </message>
        <message>
            <source>Lift just your head a finger's width off the floor, with your chin neither tucked in nor poking up. Your shoulders stay down.</source>
            <extracomment>steps 3</extracomment>
            <translation>Despega solo la cabeza del suelo, el grosor de un dedo, sin meter la barbilla ni levantarla. Los hombros se quedan abajo.</translation>
        </message>
        <message>
            <source>Hold for a few breaths, then rest your head. Swap which knee is bent between sets.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén la posición unas cuantas respiraciones y luego apoya la cabeza. Entre series, cambia la rodilla que flexionas.</translation>
        </message>
        <message>
            <source>Your head barely leaves the floor: the work is the light tension around your waist.</source>
            <extracomment>cues 1</extracomment>
            <translation>La cabeza apenas se despega del suelo: el trabajo es la tensión ligera alrededor de la cintura.</translation>
        </message>
        <message>
            <source>Keep breathing during the hold.</source>
            <extracomment>cues 2</extracomment>
            <translation>Sigue respirando durante el mantenimiento.</translation>
        </message>
        <message>
            <source>Tucking your chin onto your chest.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Pegar la barbilla al pecho.</translation>
        </message>
        <message>
            <source>Pressing your back flat into your hands.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Aplastar la espalda contra las manos.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Neck pain builds, or back pain sharpens during the hold.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor de cuello va en aumento, o el dolor de espalda se agudiza durante el mantenimiento.</translation>
        </message>
        <message>
            <source>Start here if the full curl-up strains your neck or your back. When these holds feel easy, lift your shoulders as well: that is the McGill-style curl-up.</source>
            <extracomment>note</extracomment>
            <translation>Empieza por aquí si el curl-up completo te carga el cuello o la espalda. Cuando estos mantenimientos te resulten fáciles, levanta también los hombros: eso es el curl-up de McGill.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_curl_up</name>
        <message>
            <source>McGill-style curl-up</source>
            <extracomment>name</extracomment>
            <translation>Curl-up de McGill</translation>
        </message>
        <message>
            <source>Lift your head and shoulders just off the floor and hold: tummy muscle work with very little spine movement.</source>
            <extracomment>summary</extracomment>
            <translation>Despega apenas la cabeza y los hombros del suelo y mantén la posición: trabajo abdominal con muy poco movimiento de la columna.</translation>
        </message>
        <message>
            <source>Lie on your back with one knee bent and the other leg straight. Slide your hands, palms down, under the small of your back.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con una rodilla flexionada y la otra pierna estirada. Desliza las manos, con las palmas hacia abajo, bajo la curva de la zona lumbar.</translation>
        </message>
        <message>
            <source>Keep your head and neck in line, and lift your head and shoulders just clear of the floor. Keep the small arch in your lower back.</source>
            <extracomment>steps 2</extracomment>
            <translation>Mantén la cabeza y el cuello alineados, y separa la cabeza y los hombros lo justo del suelo. Conserva el pequeño arco de la zona lumbar.</translation>
        </message>
        <message>
            <source>Hold while you breathe normally, then lower with control.</source>
            <extracomment>steps 3</extracomment>
            <translation>Mantén la posición respirando con normalidad y luego baja con control.</translation>
        </message>
        <message>
            <source>Swap which knee is bent between sets.</source>
            <extracomment>steps 4</extracomment>
            <translation>Entre series, cambia la rodilla que flexionas.</translation>
        </message>
        <message>
            <source>Think 'lift the chest a few centimetres', not 'sit up'.</source>
            <extracomment>cues 1</extracomment>
            <translation>Piensa en «subir el pecho unos centímetros», no en «incorporarte».</translation>
        </message>
        <message>
            <source>Keep breathing during the hold.</source>
            <extracomment>cues 2</extracomment>
            <translation>Sigue respirando durante el mantenimiento.</translation>
        </message>
        <message>
            <source>Tucking your chin or pulling on your head.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Meter la barbilla o tirar de la cabeza.</translation>
        </message>
        <message>
            <source>Flattening your back into your hands.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Aplastar la espalda contra las manos.</translation>
        </message>
        <message>
            <source>Curling up too high.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Subir demasiado.</translation>
        </message>
        <message>
            <source>Neck pain builds, or back pain sharpens during the hold.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor de cuello va en aumento, o el dolor de espalda se agudiza durante el mantenimiento.</translation>
        </message>
        <message>
            <source>We use this instead of sit-ups and crunches. Those bend the spine right over again and again under load, which is more than you need; the curl-up works your tummy muscles while your back barely moves.</source>
            <extracomment>note</extracomment>
            <translation>Lo usamos en lugar de los abdominales clásicos (sit-ups y crunches). Esos ejercicios doblan la columna por completo una y otra vez con carga, más de lo que necesitas; el curl-up trabaja los abdominales mientras la espalda apenas se mueve.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_bird_dog_basic</name>
        <message>
            <source>Bird dog, one limb at a time</source>
            <extracomment>name</extracomment>
            <translation>Cuadrupedia: un brazo o una pierna</translation>
        </message>
        <message>
            <source>On all fours, reach out one arm or one leg while your trunk stays steady.</source>
            <extracomment>summary</extracomment>
            <translation>A cuatro patas, estira un brazo o una pierna mientras el tronco se mantiene estable.</translation>
        </message>
        <message>
            <source>Kneel on all fours, hands under your shoulders and knees under your hips, with your back in a comfortable middle position.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte a cuatro patas, con las manos bajo los hombros, las rodillas bajo las caderas y la espalda en una posición media cómoda.</translation>
        </message>
        <message>
            <source>Slide one arm forward until it is level with your body, hold it there, then bring it back.</source>
            <extracomment>steps 2</extracomment>
            <translation>Desliza un brazo hacia delante hasta que quede a la altura del cuerpo, mantenlo ahí y luego vuelve a traerlo.</translation>
        </message>
        <message>
            <source>Slide one leg back along the floor and lift it to hip height, hold, then bring it back.</source>
            <extracomment>steps 3</extracomment>
            <translation>Desliza una pierna hacia atrás por el suelo y súbela a la altura de la cadera; mantenla y luego vuelve a traerla.</translation>
        </message>
        <message>
            <source>Take turns with each arm and each leg, keeping your trunk still.</source>
            <extracomment>steps 4</extracomment>
            <translation>Alterna cada brazo y cada pierna, con el tronco quieto.</translation>
        </message>
        <message>
            <source>Imagine a glass of water resting on your lower back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Imagina un vaso de agua apoyado en tu zona lumbar.</translation>
        </message>
        <message>
            <source>Lifting the leg higher than your hip.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Subir la pierna por encima de la cadera.</translation>
        </message>
        <message>
            <source>Letting your pelvis twist.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la pelvis gire.</translation>
        </message>
        <message>
            <source>Sagging through the middle.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Dejar que la espalda se hunda por el medio.</translation>
        </message>
        <message>
            <source>Your knees or wrists hurt (add a cushion or rest on your fists), or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duelen las rodillas o las muñecas (pon un cojín o apóyate en los puños), o el dolor de espalda se agudiza.</translation>
        </message>
        <message>
            <source>When this feels easy and steady, move on to the full bird dog, with opposite arm and leg together.</source>
            <extracomment>note</extracomment>
            <translation>Cuando te resulte fácil y estable, pasa a la cuadrupedia completa, con el brazo y la pierna contrarios a la vez.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>cushion under the knees</source>
            <extracomment>equipment 2</extracomment>
            <translation>cojín bajo las rodillas</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_bird_dog</name>
        <message>
            <source>Bird dog, opposite arm and leg</source>
            <extracomment>name</extracomment>
            <translation>Cuadrupedia: brazo y pierna contrarios</translation>
        </message>
        <message>
            <source>Reach one arm forward and the opposite leg back, and hold with your hips level.</source>
            <extracomment>summary</extracomment>
            <translation>Estira un brazo hacia delante y la pierna contraria hacia atrás, y mantén la posición con las caderas niveladas.</translation>
        </message>
        <message>
            <source>Start on all fours with your back in a comfortable middle position.</source>
            <extracomment>steps 1</extracomment>
            <translation>Empieza a cuatro patas, con la espalda en una posición media cómoda.</translation>
        </message>
        <message>
            <source>Reach one arm forward and the opposite leg back until both are level with your trunk.</source>
            <extracomment>steps 2</extracomment>
            <translation>Estira un brazo hacia delante y la pierna contraria hacia atrás hasta que los dos queden a la altura del tronco.</translation>
        </message>
        <message>
            <source>Hold while you breathe, keeping your hips level.</source>
            <extracomment>steps 3</extracomment>
            <translation>Mantén la posición mientras respiras, con las caderas niveladas.</translation>
        </message>
        <message>
            <source>Come back slowly, then switch to the other arm and leg.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve despacio y después cambia al otro brazo y la otra pierna.</translation>
        </message>
        <message>
            <source>Reach long rather than high.</source>
            <extracomment>cues 1</extracomment>
            <translation>Estírate a lo largo, más que hacia arriba.</translation>
        </message>
        <message>
            <source>Arching your back to lift the leg higher.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la espalda para subir más la pierna.</translation>
        </message>
        <message>
            <source>Twisting your hips.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Girar las caderas.</translation>
        </message>
        <message>
            <source>Rushing the change-over.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Cambiar de lado con prisas.</translation>
        </message>
        <message>
            <source>Sharp back pain, or pain or tingling down a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>Dolor agudo de espalda, o dolor u hormigueo que baja por una pierna.</translation>
        </message>
        <message>
            <source>One of the 'big three' trunk endurance exercises from spine researcher Stuart McGill. Many short holds build endurance without tiring you out.</source>
            <extracomment>note</extracomment>
            <translation>Uno de los «tres grandes» ejercicios de resistencia del tronco del investigador de la columna Stuart McGill. Muchos mantenimientos cortos desarrollan la resistencia sin agotarte.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>cushion under the knees</source>
            <extracomment>equipment 2</extracomment>
            <translation>cojín bajo las rodillas</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_side_plank_wall</name>
        <message>
            <source>Side plank against a wall</source>
            <extracomment>name</extracomment>
            <translation>Plancha lateral contra la pared</translation>
        </message>
        <message>
            <source>A standing side plank: lean on your forearm against a wall and hold your body in a straight line.</source>
            <extracomment>summary</extracomment>
            <translation>Una plancha lateral de pie: apoya el antebrazo en la pared y mantén el cuerpo en línea recta.</translation>
        </message>
        <message>
            <source>Stand side-on to a wall, a little more than a forearm's length away, feet together.</source>
            <extracomment>steps 1</extracomment>
            <translation>Ponte de lado junto a una pared, a algo más de la longitud de un antebrazo, con los pies juntos.</translation>
        </message>
        <message>
            <source>Lean your forearm on the wall at shoulder height, elbow just below your shoulder.</source>
            <extracomment>steps 2</extracomment>
            <translation>Apoya el antebrazo en la pared a la altura del hombro, con el codo justo por debajo del hombro.</translation>
        </message>
        <message>
            <source>Firm up your waist gently and hold your body in a straight line from head to ankles, hips not sagging towards the wall.</source>
            <extracomment>steps 3</extracomment>
            <translation>Activa suavemente la cintura y mantén el cuerpo en línea recta de la cabeza a los tobillos, sin que las caderas se hundan hacia la pared.</translation>
        </message>
        <message>
            <source>Stand upright to rest. Do all the holds on one side, then turn round for the other side.</source>
            <extracomment>steps 4</extracomment>
            <translation>Para descansar, vuelve a la vertical. Haz todos los mantenimientos de un lado y luego date la vuelta para hacer el otro.</translation>
        </message>
        <message>
            <source>Push the wall away with your forearm.</source>
            <extracomment>cues 1</extracomment>
            <translation>Empuja la pared con el antebrazo, como si quisieras alejarla.</translation>
        </message>
        <message>
            <source>The further your feet are from the wall, the harder it gets.</source>
            <extracomment>cues 2</extracomment>
            <translation>Cuanto más lejos de la pared estén los pies, más difícil es.</translation>
        </message>
        <message>
            <source>Letting your hips sag towards the wall.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dejar que las caderas se hundan hacia la pared.</translation>
        </message>
        <message>
            <source>Shrugging your shoulder up to your ear.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Encoger el hombro hacia la oreja.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Your shoulder hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele el hombro, o el dolor de espalda se agudiza.</translation>
        </message>
        <message>
            <source>A gentler start than the side plank from the knees: the wall takes most of your weight. Stand a little further from the wall as it gets easier.</source>
            <extracomment>note</extracomment>
            <translation>Un comienzo más suave que la plancha lateral sobre las rodillas: la pared soporta la mayor parte de tu peso. A medida que te resulte más fácil, colócate un poco más lejos de la pared.</translation>
        </message>
        <message>
            <source>wall</source>
            <extracomment>equipment 1</extracomment>
            <translation>pared</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_side_plank_knees</name>
        <message>
            <source>Side plank from the knees</source>
            <extracomment>name</extracomment>
            <translation>Plancha lateral sobre las rodillas</translation>
        </message>
        <message>
            <source>Lift your hips while lying on your side, supported by your forearm and knees.</source>
            <extracomment>summary</extracomment>
            <translation>Túmbate de lado y eleva las caderas, apoyándote en el antebrazo y las rodillas.</translation>
        </message>
        <message>
            <source>Lie on your side with your knees bent behind you. Prop yourself up on your forearm, elbow under your shoulder.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate de lado con las rodillas flexionadas hacia atrás. Apóyate en el antebrazo, con el codo bajo el hombro.</translation>
        </message>
        <message>
            <source>Lift your hips so your head, hips and knees make a straight line.</source>
            <extracomment>steps 2</extracomment>
            <translation>Eleva las caderas para que la cabeza, las caderas y las rodillas formen una línea recta.</translation>
        </message>
        <message>
            <source>Hold and breathe, with your top hip stacked over the bottom one.</source>
            <extracomment>steps 3</extracomment>
            <translation>Mantén la posición y respira, con la cadera de arriba justo encima de la de abajo.</translation>
        </message>
        <message>
            <source>Lower with control. Do all the holds on one side, then switch.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja con control. Haz todos los mantenimientos de un lado y luego cambia.</translation>
        </message>
        <message>
            <source>Push the floor away with your forearm.</source>
            <extracomment>cues 1</extracomment>
            <translation>Empuja el suelo con el antebrazo, como si quisieras alejarlo.</translation>
        </message>
        <message>
            <source>Shrugging your shoulder up to your ear.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Encoger el hombro hacia la oreja.</translation>
        </message>
        <message>
            <source>Letting your hips sag or drift back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que las caderas se hundan o se vayan hacia atrás.</translation>
        </message>
        <message>
            <source>Holding your breath.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Contener la respiración.</translation>
        </message>
        <message>
            <source>Your shoulder hurts, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele el hombro, o el dolor de espalda se agudiza.</translation>
        </message>
        <message>
            <source>When this feels easy, you can try it with straight legs, one foot in front of the other.</source>
            <extracomment>note</extracomment>
            <translation>Cuando te resulte fácil, puedes probarla con las piernas estiradas, con un pie delante del otro.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_glute_bridge</name>
        <message>
            <source>Glute bridge</source>
            <extracomment>name</extracomment>
            <translation>Puente de glúteos</translation>
        </message>
        <message>
            <source>Lift your hips with your buttock muscles, pause, and lower them slowly.</source>
            <extracomment>summary</extracomment>
            <translation>Eleva las caderas con los glúteos, haz una pausa y bájalas despacio.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent, feet flat and hip-width apart.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas y los pies apoyados, separados al ancho de las caderas.</translation>
        </message>
        <message>
            <source>Press through your heels and lift your hips until your knees, hips and shoulders are in line.</source>
            <extracomment>steps 2</extracomment>
            <translation>Empuja con los talones y eleva las caderas hasta que rodillas, caderas y hombros queden en línea.</translation>
        </message>
        <message>
            <source>Pause for two seconds and squeeze your buttocks.</source>
            <extracomment>steps 3</extracomment>
            <translation>Haz una pausa de dos segundos apretando los glúteos.</translation>
        </message>
        <message>
            <source>Lower slowly, letting your back come down bit by bit.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja despacio, dejando que la espalda se apoye poco a poco.</translation>
        </message>
        <message>
            <source>Lift with your buttocks, not by arching your back.</source>
            <extracomment>cues 1</extracomment>
            <translation>Sube con los glúteos, no arqueando la espalda.</translation>
        </message>
        <message>
            <source>Arching your back at the top.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Arquear la espalda arriba del todo.</translation>
        </message>
        <message>
            <source>Letting your knees fall inwards.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que las rodillas se vayan hacia dentro.</translation>
        </message>
        <message>
            <source>Pushing through your toes.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Empujar con las puntas de los pies.</translation>
        </message>
        <message>
            <source>The back of your thigh cramps (move your feet a little closer), or your pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te da un calambre en la parte de atrás del muslo (acerca un poco los pies), o el dolor se agudiza.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise stab_bridge_march</name>
        <message>
            <source>Bridge with march</source>
            <extracomment>name</extracomment>
            <translation>Puente con marcha</translation>
        </message>
        <message>
            <source>Hold a bridge and lift one foot at a time while your hips stay level.</source>
            <extracomment>summary</extracomment>
            <translation>Mantén el puente y levanta un pie cada vez, con las caderas niveladas.</translation>
        </message>
        <message>
            <source>Lift into a glute bridge and keep your hips level.</source>
            <extracomment>steps 1</extracomment>
            <translation>Sube a la posición de puente de glúteos y mantén las caderas niveladas.</translation>
        </message>
        <message>
            <source>Slowly lift one foot a few centimetres off the floor without letting your pelvis drop.</source>
            <extracomment>steps 2</extracomment>
            <translation>Levanta despacio un pie unos centímetros del suelo sin dejar que la pelvis caiga.</translation>
        </message>
        <message>
            <source>Put it down and lift the other foot.</source>
            <extracomment>steps 3</extracomment>
            <translation>Apóyalo y levanta el otro pie.</translation>
        </message>
        <message>
            <source>Lower the bridge when the set is done.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja del puente al terminar la serie.</translation>
        </message>
        <message>
            <source>Keep both hip bones level, like headlights pointing at the ceiling.</source>
            <extracomment>cues 1</extracomment>
            <translation>Mantén los dos huesos de la cadera nivelados, como faros que apuntan al techo.</translation>
        </message>
        <message>
            <source>Letting your hips dip to one side.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dejar que las caderas caigan hacia un lado.</translation>
        </message>
        <message>
            <source>Arching your back.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Arquear la espalda.</translation>
        </message>
        <message>
            <source>Rushing.</source>
            <extracomment>mistakes 3</extracomment>
            <translation>Ir con prisas.</translation>
        </message>
        <message>
            <source>The back of your thigh cramps, or back pain sharpens.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te da un calambre en la parte de atrás del muslo, o el dolor de espalda se agudiza.</translation>
        </message>
        <message>
            <source>The next step up from the glute bridge.</source>
            <extracomment>note</extracomment>
            <translation>El siguiente paso después del puente de glúteos.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_child_pose</name>
        <message>
            <source>Supported child's pose</source>
            <extracomment>name</extracomment>
            <translation>Postura del niño con apoyo</translation>
        </message>
        <message>
            <source>A supported, restful forward fold on your knees.</source>
            <extracomment>summary</extracomment>
            <translation>Una flexión hacia delante de rodillas, con apoyo y relajante.</translation>
        </message>
        <message>
            <source>Kneel with your knees apart and big toes together. Put a cushion between your heels and buttocks if that is more comfortable.</source>
            <extracomment>steps 1</extracomment>
            <translation>Arrodíllate con las rodillas separadas y los dedos gordos de los pies juntos. Pon un cojín entre los talones y los glúteos si te resulta más cómodo.</translation>
        </message>
        <message>
            <source>Walk your hands forward and lower your chest towards the floor or onto a pillow.</source>
            <extracomment>steps 2</extracomment>
            <translation>Avanza las manos hacia delante y baja el pecho hacia el suelo o sobre una almohada.</translation>
        </message>
        <message>
            <source>Rest your forehead down and breathe into your back.</source>
            <extracomment>steps 3</extracomment>
            <translation>Apoya la frente y respira llevando el aire hacia la espalda.</translation>
        </message>
        <message>
            <source>Walk your hands back to come up.</source>
            <extracomment>steps 4</extracomment>
            <translation>Para incorporarte, vuelve a traer las manos hacia ti.</translation>
        </message>
        <message>
            <source>Supported and restful.</source>
            <extracomment>cues 1</extracomment>
            <translation>Con apoyo y en reposo.</translation>
        </message>
        <message>
            <source>Forcing your buttocks down to your heels.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Forzar los glúteos hacia los talones.</translation>
        </message>
        <message>
            <source>Straining your knees.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Forzar las rodillas.</translation>
        </message>
        <message>
            <source>Your knees hurt (try knees to chest, lying on your back, instead), or bending forward makes your pain worse (try the sphinx instead).</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duelen las rodillas (prueba en su lugar rodillas al pecho, boca arriba), o inclinarte hacia delante empeora el dolor (prueba en su lugar la esfinge).</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>cushion or folded blanket</source>
            <extracomment>equipment 2</extracomment>
            <translation>cojín o manta doblada</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_low_lunge</name>
        <message>
            <source>Supported low lunge</source>
            <extracomment>name</extracomment>
            <translation>Zancada baja con apoyo</translation>
        </message>
        <message>
            <source>A gentle lunge with the back knee on a cushion, stretching the front of the hip.</source>
            <extracomment>summary</extracomment>
            <translation>Una zancada suave con la rodilla de atrás sobre un cojín, que estira la parte delantera de la cadera.</translation>
        </message>
        <message>
            <source>Step one foot forward into a lunge and lower your back knee onto a cushion.</source>
            <extracomment>steps 1</extracomment>
            <translation>Da un paso adelante con un pie hasta quedar en zancada y baja la rodilla de atrás sobre un cojín.</translation>
        </message>
        <message>
            <source>Rest your hands on your front thigh, on blocks, or on a chair seat.</source>
            <extracomment>steps 2</extracomment>
            <translation>Apoya las manos en el muslo de delante, en bloques o en el asiento de una silla.</translation>
        </message>
        <message>
            <source>Ease your hips forward until you feel a gentle stretch at the front of the back hip, and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Lleva las caderas suavemente hacia delante hasta notar un estiramiento suave en la parte delantera de la cadera de atrás, y respira.</translation>
        </message>
        <message>
            <source>Step back and change sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve atrás y cambia de lado.</translation>
        </message>
        <message>
            <source>Grow tall through your trunk.</source>
            <extracomment>cues 1</extracomment>
            <translation>Estira el tronco hacia arriba, como si crecieras.</translation>
        </message>
        <message>
            <source>Sinking into a deep arch.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Hundirte en un arco pronunciado de la espalda.</translation>
        </message>
        <message>
            <source>Letting your front knee go well past your toes.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Dejar que la rodilla de delante pase mucho más allá de los dedos del pie.</translation>
        </message>
        <message>
            <source>Your knee hurts, or your lower back pinches.</source>
            <extracomment>stop_if</extracomment>
            <translation>Te duele la rodilla, o notas un pinchazo en la zona lumbar.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>cushion under the back knee</source>
            <extracomment>equipment 2</extracomment>
            <translation>cojín bajo la rodilla de atrás</translation>
        </message>
        <message>
            <source>chair or blocks for the hands</source>
            <extracomment>equipment 3</extracomment>
            <translation>silla o bloques para las manos</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_hamstring_bent_knee</name>
        <message>
            <source>Lying hamstring stretch, hands behind the thigh</source>
            <extracomment>name</extracomment>
            <translation>Estiramiento de isquiotibiales con manos</translation>
        </message>
        <message>
            <source>Hold behind one thigh and straighten the knee part of the way: a softer stretch for the back of the thigh.</source>
            <extracomment>summary</extracomment>
            <translation>Sujeta un muslo por detrás y estira la rodilla solo en parte: un estiramiento más suave para la parte de atrás del muslo.</translation>
        </message>
        <message>
            <source>Lie on your back with both knees bent and your feet flat.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las dos rodillas flexionadas y los pies apoyados.</translation>
        </message>
        <message>
            <source>Bring one knee up towards you and hold behind that thigh with both hands, knee bent.</source>
            <extracomment>steps 2</extracomment>
            <translation>Lleva una rodilla hacia ti y sujeta ese muslo por detrás con las dos manos, con la rodilla flexionada.</translation>
        </message>
        <message>
            <source>Slowly straighten the knee only until you feel a mild stretch behind the thigh. The knee can stay well bent.</source>
            <extracomment>steps 3</extracomment>
            <translation>Estira la rodilla despacio solo hasta notar un estiramiento leve detrás del muslo. La rodilla puede quedarse bastante flexionada.</translation>
        </message>
        <message>
            <source>Hold and breathe, then bend the knee, lower the foot and switch legs.</source>
            <extracomment>steps 4</extracomment>
            <translation>Mantén la posición y respira; luego flexiona la rodilla, baja el pie y cambia de pierna.</translation>
        </message>
        <message>
            <source>Mild stretch only; the other foot stays on the floor.</source>
            <extracomment>cues 1</extracomment>
            <translation>Solo un estiramiento leve; el otro pie se queda en el suelo.</translation>
        </message>
        <message>
            <source>Pulling the thigh hard towards you.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Tirar con fuerza del muslo hacia ti.</translation>
        </message>
        <message>
            <source>Lifting your head and shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Levantar la cabeza y los hombros.</translation>
        </message>
        <message>
            <source>You feel tingling, burning or pain spreading down the leg: bend the knee more, or leave it out.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas hormigueo, ardor o dolor que baja por la pierna: flexiona más la rodilla o no hagas este ejercicio.</translation>
        </message>
        <message>
            <source>Your hands hold the leg, so there is no strap to manage and the stretch stays small.</source>
            <extracomment>note</extracomment>
            <translation>Tus manos sujetan la pierna, así que no tienes que manejar una cinta y el estiramiento se mantiene pequeño.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_supine_hamstring</name>
        <message>
            <source>Lying hamstring stretch with strap</source>
            <extracomment>name</extracomment>
            <translation>Estiramiento de isquiotibiales con cinta</translation>
        </message>
        <message>
            <source>Lying on your back, use a strap to ease one leg up and stretch the back of the thigh.</source>
            <extracomment>summary</extracomment>
            <translation>Boca arriba, usa una cinta para subir una pierna con suavidad y estirar la parte de atrás del muslo.</translation>
        </message>
        <message>
            <source>Lie on your back with both knees bent.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las dos rodillas flexionadas.</translation>
        </message>
        <message>
            <source>Loop a strap around one foot and lift that leg towards the ceiling, knee slightly bent.</source>
            <extracomment>steps 2</extracomment>
            <translation>Pasa una cinta alrededor de un pie y sube esa pierna hacia el techo, con la rodilla ligeramente flexionada.</translation>
        </message>
        <message>
            <source>Ease the leg straighter until you feel a mild stretch behind your thigh, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Estira la pierna poco a poco hasta notar un estiramiento leve detrás del muslo, y mantén la posición.</translation>
        </message>
        <message>
            <source>Lower the leg and switch sides.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja la pierna y cambia de lado.</translation>
        </message>
        <message>
            <source>A mild stretch only.</source>
            <extracomment>cues 1</extracomment>
            <translation>Solo un estiramiento leve.</translation>
        </message>
        <message>
            <source>Your other foot stays on the floor.</source>
            <extracomment>cues 2</extracomment>
            <translation>El otro pie se queda en el suelo.</translation>
        </message>
        <message>
            <source>Yanking on the strap.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Dar tirones de la cinta.</translation>
        </message>
        <message>
            <source>Lifting your head and shoulders.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Levantar la cabeza y los hombros.</translation>
        </message>
        <message>
            <source>You feel tingling, burning or pain spreading down your leg. Bend your knee more, or skip this one today.</source>
            <extracomment>stop_if</extracomment>
            <translation>Notas hormigueo, ardor o dolor que baja por la pierna. Flexiona más la rodilla, o sáltate este ejercicio hoy.</translation>
        </message>
        <message>
            <source>Lying down keeps your back supported, which makes this kinder than standing forward folds with straight legs.</source>
            <extracomment>note</extracomment>
            <translation>Tumbarte boca arriba mantiene la espalda apoyada, lo que lo hace más amable que las flexiones hacia delante de pie con las piernas estiradas.</translation>
        </message>
        <message>
            <source>strap, belt or towel</source>
            <extracomment>equipment 1</extracomment>
            <translation>cinta, cinturón o toalla</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_supine_twist</name>
        <message>
            <source>Supported lying twist</source>
            <extracomment>name</extracomment>
            <translation>Torsión tumbado con apoyo</translation>
        </message>
        <message>
            <source>Let your bent knees rest to one side on a cushion and let your back soften.</source>
            <extracomment>summary</extracomment>
            <translation>Deja que las rodillas flexionadas descansen hacia un lado sobre un cojín y que la espalda se suelte.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and together.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas y juntas.</translation>
        </message>
        <message>
            <source>Let both knees lower to one side onto a cushion, with your shoulders relaxed on the floor.</source>
            <extracomment>steps 2</extracomment>
            <translation>Deja que las dos rodillas bajen hacia un lado sobre un cojín, con los hombros relajados en el suelo.</translation>
        </message>
        <message>
            <source>Breathe slowly, let your back soften, and hold.</source>
            <extracomment>steps 3</extracomment>
            <translation>Respira despacio, deja que la espalda se suelte y mantén la posición.</translation>
        </message>
        <message>
            <source>Bring your knees back through the middle and go to the other side.</source>
            <extracomment>steps 4</extracomment>
            <translation>Vuelve a pasar las rodillas por el centro y llévalas hacia el otro lado.</translation>
        </message>
        <message>
            <source>Let gravity do the work; the cushion supports your knees.</source>
            <extracomment>cues 1</extracomment>
            <translation>Deja que la gravedad haga el trabajo; el cojín sostiene tus rodillas.</translation>
        </message>
        <message>
            <source>Forcing your knees to the floor.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Forzar las rodillas hasta el suelo.</translation>
        </message>
        <message>
            <source>Your pain increases or spreads into a leg.</source>
            <extracomment>stop_if</extracomment>
            <translation>El dolor aumenta o se extiende a una pierna.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>cushion</source>
            <extracomment>equipment 2</extracomment>
            <translation>cojín</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_knees_to_chest</name>
        <message>
            <source>Knees to chest</source>
            <extracomment>name</extracomment>
            <translation>Rodillas al pecho</translation>
        </message>
        <message>
            <source>Hug your knees gently towards your chest and let your back relax.</source>
            <extracomment>summary</extracomment>
            <translation>Abraza suavemente las rodillas hacia el pecho y deja que la espalda se relaje.</translation>
        </message>
        <message>
            <source>Lie on your back and bring one knee, then the other, towards your chest.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba y lleva una rodilla y luego la otra hacia el pecho.</translation>
        </message>
        <message>
            <source>Hold behind your thighs, not over your knees, and let your back relax.</source>
            <extracomment>steps 2</extracomment>
            <translation>Sujétalas por detrás de los muslos, no por encima de las rodillas, y deja que la espalda se relaje.</translation>
        </message>
        <message>
            <source>Rock gently from side to side, or stay still and breathe.</source>
            <extracomment>steps 3</extracomment>
            <translation>Balancéate suavemente de lado a lado, o quédate sin moverte y respira.</translation>
        </message>
        <message>
            <source>Lower one foot at a time.</source>
            <extracomment>steps 4</extracomment>
            <translation>Baja un pie cada vez.</translation>
        </message>
        <message>
            <source>A comfortable hug, not a squeeze.</source>
            <extracomment>cues 1</extracomment>
            <translation>Un abrazo cómodo, no un apretón.</translation>
        </message>
        <message>
            <source>Lifting your head.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Levantar la cabeza.</translation>
        </message>
        <message>
            <source>Pulling hard on your knees.</source>
            <extracomment>mistakes 2</extracomment>
            <translation>Tirar con fuerza de las rodillas.</translation>
        </message>
        <message>
            <source>Bending makes your pain worse. Try the sphinx, or simply lie flat instead.</source>
            <extracomment>stop_if</extracomment>
            <translation>Flexionar la espalda empeora el dolor. Prueba la esfinge, o simplemente túmbate con el cuerpo estirado.</translation>
        </message>
        <message>
            <source>A good flare-day choice if your back likes bending forward.</source>
            <extracomment>note</extracomment>
            <translation>Una buena opción en un día de brote si a tu espalda le sienta bien flexionarse hacia delante.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
    </context>
    <context>
        <name>exercise yoga_rest</name>
        <message>
            <source>Constructive rest</source>
            <extracomment>name</extracomment>
            <translation>Descanso constructivo</translation>
        </message>
        <message>
            <source>Lie back, let the floor hold you, and breathe.</source>
            <extracomment>summary</extracomment>
            <translation>Túmbate, deja que el suelo te sostenga y respira.</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent, or your calves resting on a chair seat, and a small pillow under your head.</source>
            <extracomment>steps 1</extracomment>
            <translation>Túmbate boca arriba con las rodillas flexionadas, o con las pantorrillas apoyadas en el asiento de una silla, y una almohada pequeña bajo la cabeza.</translation>
        </message>
        <message>
            <source>Let the floor take your weight, and rest your hands on your belly.</source>
            <extracomment>steps 2</extracomment>
            <translation>Deja que el suelo soporte tu peso y apoya las manos sobre el abdomen.</translation>
        </message>
        <message>
            <source>Breathe slowly, letting each out-breath be a little longer than the in-breath.</source>
            <extracomment>steps 3</extracomment>
            <translation>Respira despacio y haz que cada salida del aire dure un poco más que la entrada.</translation>
        </message>
        <message>
            <source>There is nothing to achieve; just rest.</source>
            <extracomment>cues 1</extracomment>
            <translation>No hay nada que conseguir; solo descansa.</translation>
        </message>
        <message>
            <source>Treating it as a stretch.</source>
            <extracomment>mistakes 1</extracomment>
            <translation>Tomártelo como un estiramiento.</translation>
        </message>
        <message>
            <source>Lying on your back is uncomfortable. Lie on your side with a pillow between your knees instead.</source>
            <extracomment>stop_if</extracomment>
            <translation>Estar boca arriba te resulta incómodo. En ese caso, túmbate de lado con una almohada entre las rodillas.</translation>
        </message>
        <message>
            <source>A calm way to finish a session, and a gentle way to start a flare day.</source>
            <extracomment>note</extracomment>
            <translation>Una forma tranquila de terminar una sesión, y una forma suave de empezar un día de brote.</translation>
        </message>
        <message>
            <source>mat</source>
            <extracomment>equipment 1</extracomment>
            <translation>colchoneta</translation>
        </message>
        <message>
            <source>pillow or bolster under the knees, or a chair for the calves</source>
            <extracomment>equipment 2</extracomment>
            <translation>almohada o cojín cilíndrico bajo las rodillas, o una silla para las pantorrillas</translation>
        </message>
    </context>
    <context>
        <name>routine rt_back_basics</name>
        <message>
            <source>Back Basics</source>
            <extracomment>title</extracomment>
            <translation>Lo básico para la espalda</translation>
        </message>
        <message>
            <source>The place to start: gentle trunk control, lying down and on all fours.</source>
            <extracomment>summary</extracomment>
            <translation>El punto de partida: trabajo suave del tronco, boca arriba y a cuatro patas.</translation>
        </message>
        <message>
            <source>For anyone starting out, or coming back after a break. Do it 2–3 times a week, on days that are not back to back. In your first two weeks, do just the first set of each exercise; from week 3, do the whole routine. Some discomfort is normal (hurt does not equal harm), and after 2–4 comfortable weeks you are ready for Core Control.</source>
            <extracomment>description</extracomment>
            <translation>Para quien empieza, o vuelve después de un parón. Hazla 2–3 veces por semana, en días no consecutivos. En las dos primeras semanas, haz solo la primera serie de cada ejercicio; a partir de la semana 3, haz la rutina completa. Es normal notar algo de molestia (dolor no significa daño), y después de 2–4 semanas cómodas podrás pasar a «Control del tronco».</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 8 cue</extracomment>
            <translation>Toma aire en 4, suéltalo en 6</translation>
        </message>
    </context>
    <context>
        <name>routine rt_core_control</name>
        <message>
            <source>Core Control</source>
            <extracomment>title</extracomment>
            <translation>Control del tronco</translation>
        </message>
        <message>
            <source>The 'big three' trunk exercises plus dead bug and bridge march. Move on to this after 2–4 weeks of Back Basics.</source>
            <extracomment>summary</extracomment>
            <translation>Los «tres grandes» ejercicios de tronco, más el dead bug y el puente con marcha. Pasa a esta rutina después de 2–4 semanas de «Lo básico para la espalda».</translation>
        </message>
        <message>
            <source>For when Back Basics feels easy. Do it 2–3 times a week, taking turns with Posture &amp; Extension, and build up to 3 sessions a week. Bring in the harder moves one at a time, and keep holds short: add reps or sets rather than longer holds. Step up only when your pain stays at 5/10 or below during exercise and has settled by the next morning, and you felt you could have done 2–3 more.</source>
            <extracomment>description</extracomment>
            <translation>Para cuando «Lo básico para la espalda» te resulte fácil. Hazla 2–3 veces por semana, alternándola con «Postura y extensión», y ve subiendo hasta 3 sesiones por semana. Introduce los movimientos más difíciles de uno en uno y que los mantenimientos sigan siendo cortos: añade repeticiones o series en vez de mantener más tiempo. Progresa solo cuando el dolor se quede en 5/10 o menos durante el ejercicio y se haya calmado a la mañana siguiente, y sientas que podrías haber hecho 2–3 más.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_warm_up</name>
        <message>
            <source>Dynamic Warm-Up</source>
            <extracomment>title</extracomment>
            <translation>Calentamiento dinámico</translation>
        </message>
        <message>
            <source>Smooth, controlled standing moves to warm up before a walk, or on their own.</source>
            <extracomment>summary</extracomment>
            <translation>Movimientos de pie, fluidos y controlados, para calentar antes de caminar, o por sí solos.</translation>
        </message>
        <message>
            <source>Use it before a walk or a workout, or any time you feel stiff; daily is fine. It is a warm-up rather than a treatment on its own, so pair it with your strength and walking routines. Keep every movement smooth and within a comfortable range.</source>
            <extracomment>description</extracomment>
            <translation>Úsala antes de caminar o de entrenar, o siempre que notes rigidez; puedes hacerla a diario. Es un calentamiento, no un tratamiento por sí solo, así que combínala con tus rutinas de fuerza y de caminar. Haz cada movimiento con fluidez y dentro de un recorrido cómodo.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_desk_reset</name>
        <message>
            <source>Desk Reset</source>
            <extracomment>title</extracomment>
            <translation>Pausa activa</translation>
        </message>
        <message>
            <source>A short movement break for long spells of sitting: the best posture is the next one.</source>
            <extracomment>summary</extracomment>
            <translation>Una pausa breve para moverte cuando pasas muchas horas en la silla: la mejor postura es la siguiente.</translation>
        </message>
        <message>
            <source>For anyone who sits a lot. There is no single correct way to sit; changing position often is what helps you feel better. Take this break every 30–60 minutes of sitting; it takes about six minutes and stays that short.</source>
            <extracomment>description</extracomment>
            <translation>Para quien pasa muchas horas en la silla. No hay una única forma correcta de sentarse; lo que ayuda a sentirte mejor es cambiar de postura a menudo. Haz esta pausa por cada 30–60 minutos en la silla; dura unos seis minutos y se mantiene así de corta.</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 4 note</extracomment>
            <translation>El movimiento compensatorio de flexión después de la extensión hacia atrás: mantenlo si inclinarte hacia delante te alivia la espalda; sáltatelo si no.</translation>
        </message>
        <message>
            <source>One set is enough in a desk break.</source>
            <extracomment>block 6 note</extracomment>
            <translation>En una pausa activa basta con una serie.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_posture_strength</name>
        <message>
            <source>Posture &amp; Extension</source>
            <extracomment>title</extracomment>
            <translation>Postura y extensión</translation>
        </message>
        <message>
            <source>Getting comfortable with bending backwards, freeing up your hips and upper back, and building everyday strength.</source>
            <extracomment>summary</extracomment>
            <translation>Acostumbrarte a inclinarte hacia atrás, soltar las caderas y la parte alta de la espalda, y ganar fuerza para el día a día.</translation>
        </message>
        <message>
            <source>For after your first month, taking turns with Core Control, 2–3 times a week and later up to 3 sessions a week. It warms up with cat–camel, and child's pose after the sphinx and press-up bends you the other way. If the back-arching moves send pain into a leg, leave them out for the day. Step up the strength moves one thing at a time (a rep or two more, or an extra set); the stretches keep the same comfortable holds.</source>
            <extracomment>description</extracomment>
            <translation>Para después de tu primer mes, alternándola con «Control del tronco», 2–3 veces por semana y más adelante hasta 3 sesiones por semana. Calienta con el gato-camello; después de la esfinge y la extensión boca abajo, la postura del niño te lleva en la dirección contraria. Si los movimientos de extensión te llevan dolor a una pierna, déjalos fuera ese día. Progresa en los ejercicios de fuerza cambiando una sola cosa cada vez (una o dos repeticiones más, o una serie extra); los estiramientos conservan los mismos mantenimientos cómodos.</translation>
        </message>
        <message>
            <source>Warm-up: easy movement in both directions before the back-arching work.</source>
            <extracomment>block 1 note</extracomment>
            <translation>Calentamiento: movimiento suave en ambas direcciones antes del trabajo de extensión.</translation>
        </message>
        <message>
            <source>The bending counter-move after the back-arching pair: rest here, or use knees to chest if kneeling is uncomfortable.</source>
            <extracomment>block 5 note</extracomment>
            <translation>El movimiento compensatorio de flexión después de los dos ejercicios de extensión: descansa aquí, o haz rodillas al pecho si arrodillarte te resulta incómodo.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_self_massage</name>
        <message>
            <source>Self-Massage &amp; Release</source>
            <extracomment>title</extracomment>
            <translation>Automasaje y liberación</translation>
        </message>
        <message>
            <source>Short self-massage for your buttocks, lower back, upper back and calves, finished with slow breathing.</source>
            <extracomment>summary</extracomment>
            <translation>Automasaje breve para glúteos, zona lumbar, parte alta de la espalda y pantorrillas, con respiración lenta al final.</translation>
        </message>
        <message>
            <source>Optional: once or twice a week, or before exercise. Self-massage gives short-term comfort that can make moving easier, and it works best alongside your exercise rather than instead of it. Keep the pressure at about 4/10 or less, and keep the foam roller off your lower back.</source>
            <extracomment>description</extracomment>
            <translation>Opcional: una o dos veces por semana, o antes de hacer ejercicio. El automasaje da un alivio a corto plazo que puede facilitarte el movimiento, y funciona mejor junto con tus ejercicios que en su lugar. Mantén la presión en unos 4/10 o menos, y no uses el rodillo de espuma en la zona lumbar.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 5 cue</extracomment>
            <translation>Toma aire en 4, suéltalo en 6</translation>
        </message>
    </context>
    <context>
        <name>routine rt_walk_easy</name>
        <message>
            <source>Walk It Out</source>
            <extracomment>title</extracomment>
            <translation>Sal a caminar</translation>
        </message>
        <message>
            <source>A short warm-up and an easy walk. Add 2–5 minutes a week, working towards 30 minutes.</source>
            <extracomment>summary</extracomment>
            <translation>Un calentamiento corto y una caminata suave. Añade 2–5 minutos por semana hasta llegar a 30 minutos.</translation>
        </message>
        <message>
            <source>Start with a walk you can manage comfortably, often 5–10 minutes, 3–5 days a week. Each week add 2–5 minutes to the walk (change its length in the routine editor), working towards about 30 minutes on at least 5 days a week. Decide the length before you set off, and stick to it on good days too.</source>
            <extracomment>description</extracomment>
            <translation>Empieza con una caminata que puedas hacer con comodidad, a menudo de 5–10 minutos, 3–5 días por semana. Cada semana añade 2–5 minutos a la caminata (cambia su duración en el editor de rutinas), hasta llegar a unos 30 minutos al menos 5 días por semana. Decide la duración antes de salir y respétala también los días buenos.</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>El movimiento compensatorio de flexión después de la extensión hacia atrás: mantenlo si inclinarte hacia delante te alivia la espalda; sáltatelo si no.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_brisk_intervals</name>
        <message>
            <source>Brisk Intervals</source>
            <extracomment>title</extracomment>
            <translation>Intervalos rápidos</translation>
        </message>
        <message>
            <source>Walk in turns, brisk and easy, or use the same pattern on a bike.</source>
            <extracomment>summary</extracomment>
            <translation>Camina alternando paso rápido y paso suave, o usa el mismo esquema en bici.</translation>
        </message>
        <message>
            <source>For when easy walks of 20 minutes or more feel comfortable. Use it about once a week in place of one of your usual walks. Brisk means you can still talk, but not sing; if the next morning feels no worse than usual, you are at the right level.</source>
            <extracomment>description</extracomment>
            <translation>Para cuando las caminatas suaves de 20 minutos o más te resulten cómodas. Úsala más o menos una vez por semana en lugar de una de tus caminatas habituales. Rápido significa que todavía puedes hablar, pero no cantar; si a la mañana siguiente no te encuentras peor de lo habitual, estás en el nivel adecuado.</translation>
        </message>
        <message>
            <source>Brisk</source>
            <extracomment>block 3 work_label</extracomment>
            <translation>Rápido</translation>
        </message>
        <message>
            <source>Easy</source>
            <extracomment>block 3 rest_label</extracomment>
            <translation>Suave</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>El movimiento compensatorio de flexión después de la extensión hacia atrás: mantenlo si inclinarte hacia delante te alivia la espalda; sáltatelo si no.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_bike</name>
        <message>
            <source>Easy Bike Session</source>
            <extracomment>title</extracomment>
            <translation>Sesión suave de bici</translation>
        </message>
        <message>
            <source>Cycling instead of walking, on an exercise bike or out on the road.</source>
            <extracomment>summary</extracomment>
            <translation>Bicicleta en lugar de caminar, en bicicleta estática o al aire libre.</translation>
        </message>
        <message>
            <source>Use it in place of a walk whenever you like, or once a week for variety. The same rules as walking apply: start with what feels comfortable and add a few minutes a week, working towards about 30 minutes.</source>
            <extracomment>description</extracomment>
            <translation>Úsala en lugar de una caminata cuando quieras, o una vez por semana para variar. Se aplican las mismas reglas que al caminar: empieza con lo que te resulte cómodo y añade unos minutos cada semana, hasta llegar a unos 30 minutos.</translation>
        </message>
        <message>
            <source>The bending counter-move after the backward bend: keep it if bending forward eases your back, skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>El movimiento compensatorio de flexión después de la extensión hacia atrás: mantenlo si inclinarte hacia delante te alivia la espalda; sáltatelo si no.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_gentle_yoga</name>
        <message>
            <source>Gentle Yoga for the Back</source>
            <extracomment>title</extracomment>
            <translation>Yoga suave para la espalda</translation>
        </message>
        <message>
            <source>Supported poses for flexibility, strength and relaxation, with slow breathing.</source>
            <extracomment>summary</extracomment>
            <translation>Posturas con apoyo para la flexibilidad, la fuerza y la relajación, con respiración lenta.</translation>
        </message>
        <message>
            <source>Once or twice a week, or whenever you would like a calm session. It has a forward-bending pose (knees to chest) and a back-arching one (sphinx): keep whichever eases your back and skip the other. A little extra soreness afterwards is common and settles.</source>
            <extracomment>description</extracomment>
            <translation>Una o dos veces por semana, o siempre que te apetezca una sesión tranquila. Incluye una postura de flexión hacia delante (rodillas al pecho) y otra de extensión hacia atrás (la esfinge): quédate con la que alivie tu espalda y sáltate la otra. Es habitual notar un poco más de molestia muscular después; se pasa.</translation>
        </message>
    </context>
    <context>
        <name>routine rt_breathe_unwind</name>
        <message>
            <source>Breathe &amp; Unwind</source>
            <extracomment>title</extracomment>
            <translation>Respira y relájate</translation>
        </message>
        <message>
            <source>Slow breathing, gentle muscle relaxation and a body scan to help you unwind.</source>
            <extracomment>summary</extracomment>
            <translation>Respiración lenta, relajación muscular suave y un escaneo corporal para ayudarte a desconectar.</translation>
        </message>
        <message>
            <source>Daily if it helps, or whenever stress builds up. Calming body and mind is a recommended part of living with long-lasting back pain. Find somewhere quiet where you can sit or lie comfortably.</source>
            <extracomment>description</extracomment>
            <translation>A diario si te ayuda, o siempre que se acumule el estrés. Calmar el cuerpo y la mente es una parte recomendada de vivir con dolor de espalda de larga duración. Busca un lugar tranquilo donde puedas sentarte o tumbarte con comodidad.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 1 cue</extracomment>
            <translation>Toma aire en 4, suéltalo en 6</translation>
        </message>
        <message>
            <source>Feet</source>
            <extracomment>block 2 rep_labels 1</extracomment>
            <translation>Pies</translation>
        </message>
        <message>
            <source>Calves</source>
            <extracomment>block 2 rep_labels 2</extracomment>
            <translation>Pantorrillas</translation>
        </message>
        <message>
            <source>Thighs</source>
            <extracomment>block 2 rep_labels 3</extracomment>
            <translation>Muslos</translation>
        </message>
        <message>
            <source>Buttocks</source>
            <extracomment>block 2 rep_labels 4</extracomment>
            <translation>Glúteos</translation>
        </message>
        <message>
            <source>Hands</source>
            <extracomment>block 2 rep_labels 5</extracomment>
            <translation>Manos</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <extracomment>block 2 rep_labels 6</extracomment>
            <translation>Hombros</translation>
        </message>
        <message>
            <source>Face</source>
            <extracomment>block 2 rep_labels 7</extracomment>
            <translation>Cara</translation>
        </message>
        <message>
            <source>Whole body</source>
            <extracomment>block 2 rep_labels 8</extracomment>
            <translation>Todo el cuerpo</translation>
        </message>
    </context>
    <context>
        <name>routine rt_flare_day</name>
        <message>
            <source>Flare-Up Day</source>
            <extracomment>title</extracomment>
            <translation>Día de brote</translation>
        </message>
        <message>
            <source>For bad days: keep moving gently, in the directions that ease. Skip any step you like.</source>
            <extracomment>summary</extracomment>
            <translation>Para los días malos: sigue moviéndote con suavidad, en las direcciones que alivian. Sáltate el paso que quieras.</translation>
        </message>
        <message>
            <source>Flares are common and usually settle within days to a couple of weeks; they rarely mean anything new is wrong. Do this once or twice a day, take short walks of 3–5 minutes several times a day, and change position often; heat, comfy positions and slow breathing can help too. Halve your strength routines or rest them for a few days, then build back up over 1–2 weeks. Check 'When to get help', and see a clinician if the flare is not easing after about two weeks or keeps coming back.</source>
            <extracomment>description</extracomment>
            <translation>Los brotes son frecuentes y suelen calmarse en unos días o un par de semanas; rara vez significan que haya algo nuevo que vaya mal. Haz esta rutina una o dos veces al día, da paseos cortos de 3–5 minutos varias veces al día y cambia de postura a menudo; el calor, las posturas cómodas y la respiración lenta también pueden ayudar. Reduce a la mitad tus rutinas de fuerza o déjalas descansar unos días, y luego vuelve a aumentarlas a lo largo de 1–2 semanas. Consulta «Cuándo pedir ayuda», y acude a un profesional sanitario si el brote no mejora en unas dos semanas o vuelve una y otra vez.</translation>
        </message>
        <message>
            <source>A shorter flare-day dose.</source>
            <extracomment>block 1 note</extracomment>
            <translation>Una dosis más corta para un día de brote.</translation>
        </message>
        <message>
            <source>A lighter flare-day dose. Keep the movement small.</source>
            <extracomment>block 2 note</extracomment>
            <translation>Una dosis más ligera para un día de brote. Haz el movimiento pequeño.</translation>
        </message>
        <message>
            <source>A lighter flare-day dose. Roll only as far as is comfortable.</source>
            <extracomment>block 3 note</extracomment>
            <translation>Una dosis más ligera para un día de brote. Lleva las rodillas solo hasta donde te resulte cómodo.</translation>
        </message>
        <message>
            <source>A lighter flare-day dose.</source>
            <extracomment>block 4 note</extracomment>
            <translation>Una dosis más ligera para un día de brote.</translation>
        </message>
        <message>
            <source>Shorter holds for a flare day. Keep this one if arching back eases your back; skip it if it doesn't.</source>
            <extracomment>block 5 note</extracomment>
            <translation>Mantenimientos más cortos para un día de brote. Mantén este ejercicio si arquear la espalda hacia atrás te alivia; sáltatelo si no.</translation>
        </message>
        <message>
            <source>Keep this one if bending forward eases your back; skip it if it doesn't.</source>
            <extracomment>block 6 note</extracomment>
            <translation>Mantén este ejercicio si inclinarte hacia delante te alivia la espalda; sáltatelo si no.</translation>
        </message>
        <message>
            <source>A longer, easy march: gentle movement is the aim today.</source>
            <extracomment>block 8 note</extracomment>
            <translation>Una marcha más larga y suave: hoy el objetivo es moverte con suavidad.</translation>
        </message>
        <message>
            <source>Breathe in for 4, out for 6</source>
            <extracomment>block 9 cue</extracomment>
            <translation>Toma aire en 4, suéltalo en 6</translation>
        </message>
    </context>
</TS>
