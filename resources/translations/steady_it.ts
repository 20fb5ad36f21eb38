<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="+58"/>
        <source>Start breathing with the pacer (Space)</source>
        <translation>Inizia a respirare con il cerchio (Spazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe again</source>
        <translation>Respira di nuovo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How long:</source>
        <translation>Durata:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Breathe for %n minutes</source>
        <translation>
            <numerusform>Respira per %n minuto</numerusform>
            <numerusform>Respira per %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip the holds</source>
        <translation>Senza trattenere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the moments of holding the breath</source>
        <translation>Tralascia i momenti in cui si trattiene il respiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eyes closed (E)</source>
        <translation>Occhi chiusi (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound rises as you breathe in and falls as you breathe out, with the words if the voice is on</source>
        <translation>Il suono sale quando inspiri e scende quando espiri, con le parole se la voce è attiva</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>How far through this part of the breath</source>
        <translation>A che punto sei di questa fase del respiro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How far through the whole exercise</source>
        <translation>A che punto sei dell’intero esercizio</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>{phase}, %n seconds left</source>
        <translation>
            <numerusform>{phase}, ancora %n secondo</numerusform>
            <numerusform>{phase}, ancora %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Breath {number} of {count}</source>
        <translation>Respiro {number} di {count}</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Getting ready</source>
        <translation>Tra poco si inizia</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{where}  ·  {time} left</source>
        <translation>{where}  ·  ancora {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You gave yourself a few minutes.</source>
        <translation>Hai dedicato qualche minuto a te.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a moment</source>
        <translation>un momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You breathed with the pacer for {length}. Come back to it whenever you want.</source>
        <translation>Hai respirato con il cerchio per {length}. Torna quando vuoi.</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+212"/>
        <source>Eyes closed. Listen for the sounds. Esc stops.</source>
        <translation>Occhi chiusi. Segui i suoni. Esc interrompe.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>E: eyes closed is on</source>
        <translation>E: occhi chiusi attivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sounds for each phase are off.</source>
        <translation>I suoni per ogni fase sono disattivati.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n breaths, about {length}.</source>
        <translation>
            <numerusform>%n respiro, circa {length}.</numerusform>
            <numerusform>%n respiri, circa {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../app/ui/screens/checkin.py" line="+43"/>
        <source>{value} out of 10</source>
        <translation>{value} su 10</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skip the check-in (Esc)</source>
        <translation>Salta la domanda (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press 0 to 9</source>
        <translation>Premi da 0 a 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← → then Enter for 10</source>
        <translation>← → poi Invio per 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc skips</source>
        <translation>Esc salta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before you start, if you like</source>
        <translation>Prima di iniziare, se vuoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now that you&apos;ve finished, if you like</source>
        <translation>Ora che hai finito, se vuoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you go on, if you like</source>
        <translation>Prima di continuare, se vuoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="-79"/>
        <source>{where}. {time} left.</source>
        <translation>{where}. Ancora {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ui/screens/exercise.py" line="+154"/>
        <source>However you feel now is fine. Stay here as long as you like.</source>
        <translation>Qualunque cosa tu senta adesso, va bene. Resta qui quanto vuoi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/screens/exercise.py" line="+3"/>
        <source>Stopping is always fine.</source>
        <translation>Interrompere va sempre bene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise.py" line="-70"/>
        <location line="+261"/>
        <location filename="../../app/ui/screens/steps.py" line="+248"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausa o riprendi (Spazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+260"/>
        <location filename="../../app/ui/screens/steps.py" line="+0"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the exercise (Esc). Stopping is always fine.</source>
        <translation>Interrompi l’esercizio (Esc). Interrompere va sempre bene.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You took a moment for yourself.</source>
        <translation>Hai dedicato un momento a te.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come back to this whenever you want, or try something else.</source>
        <translation>Torna qui quando vuoi, oppure prova qualcos’altro.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Space resumes</source>
        <translation>Spazio riprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space pauses</source>
        <translation>Spazio mette in pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+48"/>
        <source>Read the prompts aloud</source>
        <translation>Lettura ad alta voce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline voice says each phase or step; the words stay on screen</source>
        <translation>Una voce offline dice ogni fase o passo; le parole restano sullo schermo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep things still</source>
        <translation>Senza movimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show words, a countdown and a progress bar instead of movement</source>
        <translation>Mostra parole, un conto alla rovescia e una barra di avanzamento invece del movimento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start screen (Esc)</source>
        <translation>Torna alla schermata iniziale (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin (Space)</source>
        <translation>Inizia (Spazio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space starts</source>
        <translation>Spazio inizia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter ticks or presses</source>
        <translation>Invio spunta o preme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc goes back</source>
        <translation>Esc torna indietro</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See who you can talk to</source>
        <translation>Vedi con chi puoi parlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helplines and other people to reach, now or later</source>
        <translation>Linee di ascolto e altre persone da contattare, ora o più avanti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Once more</source>
        <translation>Ancora una volta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go through this exercise again</source>
        <translation>Rifai questo esercizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start</source>
        <translation>Torna all’inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Anche Esc porta lì</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esc goes back to the start</source>
        <translation>Esc torna all’inizio</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Paused for the help panel. Space goes on whenever you&apos;re ready.</source>
        <translation>In pausa mentre consulti l’aiuto. Premi Spazio per continuare, quando te la senti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while your computer was away. Resume whenever you&apos;re ready.</source>
        <translation>In pausa perché il computer era in sospensione. Riprendi quando te la senti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume whenever you&apos;re ready.</source>
        <translation>In pausa. Riprendi quando te la senti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice is on, now and for the next exercises (Settings can change that).</source>
        <translation>La voce è attiva, ora e nei prossimi esercizi (puoi cambiarlo nelle Impostazioni).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice is off, now and for the next exercises (Settings can change that).</source>
        <translation>La voce è spenta, ora e nei prossimi esercizi (puoi cambiarlo nelle Impostazioni).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/run_keys.py" line="+26"/>
        <source>T time left</source>
        <translation>T tempo rimasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Esc interrompe</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/voice_controls.py" line="+26"/>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the prompts aloud, or not (V)</source>
        <translation>Attiva o disattiva la lettura ad alta voce (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Voice: on</source>
        <translation>Voce: attiva</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Voice: off</source>
        <translation>Voce: spenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice isn&apos;t available right now ({reason}), so the words stay on screen.</source>
        <translation>La voce non è disponibile in questo momento ({reason}), quindi le parole restano sullo schermo.</translation>
    </message>
</context>
<context>
    <name>Gaze</name>
    <message>
        <location filename="../../app/core/gaze.py" line="+15"/>
        <source>Close</source>
        <translation>Occhi chiusi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Occhi aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner {number} of 4</source>
        <translation>Angolo {number} di 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/gaze.py" line="+23"/>
        <source>A dot for your eyes to follow</source>
        <translation>Un punto da seguire con gli occhi</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/dialogs/help.py" line="+48"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Need help now?</source>
        <translation>Ti serve aiuto ora?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your country (no location is looked up):</source>
        <translation>Il tuo Paese (la tua posizione non viene rilevata):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your country</source>
        <translation>Il tuo Paese</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anywhere else: {name} ({address}). {text}</source>
        <translation>Altrove: {name} ({address}). {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close this list (Esc)</source>
        <translation>Chiudi questo elenco (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esc closes</source>
        <translation>Esc chiude</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call your local emergency number.</source>
        <translation>Chiama il numero di emergenza del Paese in cui ti trovi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency in {country}: {number}</source>
        <translation>Emergenze ({country}): {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No helpline for this country is stored yet: please use the directory below.</source>
        <translation>Per questo Paese non c’è ancora una linea di ascolto salvata: usa l’elenco qui sotto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {date}.</source>
        <translation>Ultima verifica: {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet checked.</source>
        <translation>Non ancora verificato.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/screens/history.py" line="+53"/>
        <source>Chart of your check-ins before and after each exercise</source>
        <translation>Grafico delle tue risposte prima e dopo ogni esercizio</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n exercises with check-ins; on average the rating changed by {change} points</source>
        <translation>
            <numerusform>%n esercizio con risposte; in media il numero è cambiato di {change} punti</numerusform>
            <numerusform>%n esercizi con risposte; in media il numero è cambiato di {change} punti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check-ins yet</source>
        <translation>Ancora nessuna risposta</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your check-ins will appear here.</source>
        <translation>Qui compariranno le tue risposte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your history</source>
        <translation>La tua cronologia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins before (○) and after (●) each exercise, 0 settled to 10 the most distressed. It stays on this computer.</source>
        <translation>Le tue risposte prima (○) e dopo (●) ogni esercizio, da 0 (in equilibrio) a 10 (il peggio immaginabile). Restano su questo computer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped early</source>
        <translation>interrotto prima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. After an exercise, it will be listed here.</source>
        <translation>Qui non c’è ancora niente. Dopo un esercizio, lo troverai qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sessions</source>
        <translation>I tuoi esercizi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to CSV…</source>
        <translation>Esporta in CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of your history as a spreadsheet file</source>
        <translation>Salva una copia della tua cronologia come foglio di calcolo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Elimina tutti i miei dati…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every file Steady keeps about you</source>
        <translation>Rimuovi ogni file che Steady conserva su di te</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../app/ui/screens/home.py" line="+58"/>
        <source>Start</source>
        <translation>Schermata iniziale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It&apos;s OK to cry.</source>
        <translation>Piangere va bene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crying is a normal human reaction. There&apos;s nothing to apologise for, and no need to hold the tears back. Take all the time you need.</source>
        <translation>Piangere è una reazione umana del tutto normale. Non c’è niente di cui scusarsi, e non serve trattenere le lacrime. Prenditi tutto il tempo che ti serve.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Perché piangere va bene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts about crying, with their sources</source>
        <translation>Fatti sul pianto, con le loro fonti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let it out</source>
        <translation>Sfogati pure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay with the tears. No timer, nothing to do, a soft breath nearby. Press L.</source>
        <translation>Lascia venire le lacrime. Nessun timer, niente da fare: solo un cerchio che respira piano, se vuoi. Premi L.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steady myself</source>
        <translation>Ritrovare l’equilibrio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{summary} Press S.</source>
        <translation>{summary} Premi S.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or choose what might help</source>
        <translation>Oppure scegli cosa potrebbe aiutarti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to breathe</source>
        <translation>Altri modi di respirare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own plans</source>
        <translation>I tuoi percorsi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exercises could be loaded. Steady&apos;s files may be damaged; please reinstall.</source>
        <translation>Non è stato possibile caricare nessun esercizio. I file di Steady potrebbero essere danneggiati: reinstalla Steady.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your history</source>
        <translation>La tua cronologia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your past exercises and check-ins (Ctrl+Y)</source>
        <translation>I tuoi esercizi passati e le tue risposte (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a plan</source>
        <translation>Crea un percorso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans: make one, change one, or share one (Ctrl+P)</source>
        <translation>I tuoi percorsi: creane uno, modificalo o condividilo (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathe slowly</source>
        <translation>Respiro lento</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <location filename="../../app/ui/screens/info.py" line="+27"/>
        <source>Back to the start</source>
        <translation>Torna all’inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Anche Esc porta lì</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc goes back</source>
        <translation>Esc torna indietro</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="+19"/>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>One-key shortcuts are switched off (Settings), so the keys marked “off” do nothing.</source>
        <translation>Le scorciatoie a un tasto sono disattivate (Impostazioni), quindi i tasti segnati «disattivato» non fanno nulla.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{does} (off)</source>
        <translation>{does} (disattivato)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the list of keys (Esc)</source>
        <translation>Chiudi l’elenco dei tasti (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/keys.py" line="+33"/>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Show these keys</source>
        <translation>Mostra questi tasti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need help now? Emergency numbers and helplines</source>
        <translation>Ti serve aiuto ora? Numeri di emergenza e linee di ascolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous button</source>
        <translation>Passa al pulsante successivo o precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the highlighted button (Space too, outside an exercise)</source>
        <translation>Premi il pulsante evidenziato (fuori da un esercizio anche con Spazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start</source>
        <translation>Torna all’inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your history</source>
        <translation>La tua cronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans</source>
        <translation>I tuoi percorsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a plan someone gave you</source>
        <translation>Importa un percorso che ti hanno dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Small window that stays on top</source>
        <translation>Finestra piccola che resta in primo piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+−</source>
        <translation>Ctrl+−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual text size</source>
        <translation>Dimensione normale del testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Esci da Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screen</source>
        <translation>Schermata iniziale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steady me now: begin at once</source>
        <translation>Ritrovare l’equilibrio ora: inizia subito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it out</source>
        <translation>Sfogati pure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During an exercise</source>
        <translation>Durante un esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Start, pause or go on (in grounding: count one)</source>
        <translation>Inizia, metti in pausa o continua (nel 5-4-3-2-1: conta una cosa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stop, or go back</source>
        <translation>Interrompi o torna indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice on or off, from now on</source>
        <translation>Voce attiva o spenta, da ora in poi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say how much is left (for screen readers)</source>
        <translation>Annuncia quanto manca (per i lettori di schermo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eyes closed: a sound for each breathing phase, on or off</source>
        <translation>Occhi chiusi: un suono per ogni fase del respiro, sì o no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→  ←</source>
        <translation>→  ←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous step</source>
        <translation>Passo successivo o precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing a plan</source>
        <translation>Modificare un percorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+↑  Alt+↓</source>
        <translation>Alt+↑  Alt+↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen part earlier or later</source>
        <translation>Sposta la parte scelta prima o dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the chosen part</source>
        <translation>Duplica la parte scelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Canc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen part (in the list of parts)</source>
        <translation>Rimuovi la parte scelta (nell’elenco delle parti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>Salva il percorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (asks first if something isn&apos;t saved)</source>
        <translation>Torna ai tuoi percorsi (prima chiede, se qualcosa non è salvato)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you feel?</source>
        <translation>Come stai?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 9</source>
        <translation>Da 0 a 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer with that number</source>
        <translation>Rispondi con quel numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>←  →, Enter</source>
        <translation>←  →, Invio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose any number up to 10, then answer</source>
        <translation>Scegli un numero fino a 10, poi rispondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>Finestra piccola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it at once</source>
        <translation>Nascondi subito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or go on</source>
        <translation>Pausa o continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the big window</source>
        <translation>Torna alla finestra grande</translation>
    </message>
</context>
<context>
    <name>LetItOut</name>
    <message>
        <location filename="../../app/ui/screens/let_it_out.py" line="+53"/>
        <source>Let it out.</source>
        <translation>Sfogati pure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You don&apos;t have to do anything right now. Cry as much as you need to; the tears can come and go in their own time. If it helps, let your breath follow the circle.</source>
        <translation>Adesso non devi fare niente. Piangi quanto ti serve; le lacrime possono venire e andare con i loro tempi. Se ti aiuta, lascia che il respiro segua il cerchio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A soft circle that slowly grows and shrinks, if you want to breathe with it</source>
        <translation>Un cerchio morbido che lentamente si allarga e si restringe, se vuoi respirare al suo ritmo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the start</source>
        <translation>Torna all’inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Anche Esc porta lì</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to steady myself</source>
        <translation>Vorrei ritrovare l’equilibrio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of gentle exercises, when you want them</source>
        <translation>Qualche minuto di esercizi delicati, quando vuoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc goes back to the start</source>
        <translation>Esc torna all’inizio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{phase}…</source>
        <translation>{phase}…</translation>
    </message>
</context>
<context>
    <name>Memories</name>
    <message>
        <location filename="../../app/ui/dialogs/memories.py" line="+16"/>
        <source>My memories</source>
        <translation>I miei ricordi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm or funny moments to come back to</source>
        <translation>Momenti belli o buffi a cui tornare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One memory per line: where you were, who was there, what was said. They stay on this computer and nowhere else.</source>
        <translation>Un ricordo per riga: dove eri, chi c’era, cosa è stato detto. Restano su questo computer e da nessun’altra parte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My memories, one per line</source>
        <translation>I miei ricordi, uno per riga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day we got the giggles at the bus stop…</source>
        <translation>Il giorno in cui alla fermata dell’autobus ci è venuta la ridarella…</translation>
    </message>
</context>
<context>
    <name>Mini</name>
    <message>
        <location filename="../../app/ui/services/mini.py" line="+35"/>
        <source>Steady · small window</source>
        <translation>Steady · finestra piccola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady, small window</source>
        <translation>Steady, finestra piccola</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Pause or go on (Space)</source>
        <translation>Pausa o continua (Spazio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big window</source>
        <translation>Finestra grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the big window (Ctrl+M)</source>
        <translation>Torna alla finestra grande (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this window at once (Esc)</source>
        <translation>Nascondi subito questa finestra (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Go on</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crying is OK. Take the time you need.</source>
        <translation>Piangere va bene. Prenditi il tempo che ti serve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steady me now</source>
        <translation>Ritrovare l’equilibrio ora</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/presence.py" line="+62"/>
        <source>This desktop doesn&apos;t let Steady keep this window on top. To keep it there, right-click its title bar and choose Always on Top.</source>
        <translation>Questo desktop non permette a Steady di tenere la finestra in primo piano. Per farlo, fai clic destro sulla barra del titolo e scegli «Sempre in primo piano».</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <location filename="../../app/ui/parts/pacer.py" line="+40"/>
        <source>Breathing pacer</source>
        <translation>Cerchio del respiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Un cerchio che si allarga quando inspiri e si restringe quando espiri</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../app/core/exercise.py" line="+31"/>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Inspira ancora un po’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold, gently</source>
        <translation>Trattieni, piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../app/ui/screens/plan_editor.py" line="+77"/>
        <source>Change your plan</source>
        <translation>Modifica il tuo percorso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new plan</source>
        <translation>Un nuovo percorso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put together what helps you, in the order you want: Steady&apos;s exercises, steps in your own words, a note from someone. Nothing leaves this computer unless you export it.</source>
        <translation>Metti insieme quello che ti aiuta, nell’ordine che preferisci: esercizi di Steady, passi scritti con parole tue, una nota di qualcuno. Niente lascia questo computer, a meno che tu non lo esporti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the plan</source>
        <translation>Nome del percorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Before the call</source>
        <translation>Per esempio: Prima della telefonata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me of the plan</source>
        <translation>&amp;Nome del percorso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, in order</source>
        <translation>Parti, in ordine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts of the plan</source>
        <translation>Parti del percorso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move a part, Ctrl+D makes a copy, Delete removes it</source>
        <translation>Alt+Freccia su e Alt+Freccia giù spostano una parte, Ctrl+D ne fa una copia, Canc la rimuove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Steady &amp;exercise</source>
        <translation>Aggiungi un &amp;esercizio di Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own &amp;words</source>
        <translation>Aggiungi le tue &amp;parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note</source>
        <translation>Aggiungi una n&amp;ota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a part to begin: an exercise, your own words or a note.</source>
        <translation>Aggiungi una parte per iniziare: un esercizio, parole tue o una nota.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part earlier (Alt+Up)</source>
        <translation>Sposta prima questa parte (Alt+Freccia su)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part later (Alt+Down)</source>
        <translation>Sposta dopo questa parte (Alt+Freccia giù)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of this part (Ctrl+D)</source>
        <translation>Aggiungi una copia di questa parte (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this part out (Delete)</source>
        <translation>Togli questa parte (Canc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan</source>
        <translation>Il percorso</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/screens/plans.py" line="+80"/>
        <source>&amp;Try it</source>
        <translation>P&amp;rova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the plan as it is now</source>
        <translation>Avvia il percorso così com’è adesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>S&amp;ave</source>
        <translation>Sa&amp;lva</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Keep it in your own plans</source>
        <translation>Conservalo tra i tuoi percorsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../app/ui/screens/plan_import.py" line="+60"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (Esc)</source>
        <translation>Torna ai tuoi percorsi (Esc)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Your plan needs a name.</source>
        <translation>Il tuo percorso ha bisogno di un nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one part.</source>
        <translation>Aggiungi almeno una parte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds at most {count} parts.</source>
        <translation>Un percorso può avere al massimo {count} parti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, needs a look</source>
        <translation>, da ricontrollare</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parts, about {length}.</source>
        <translation>
            <numerusform>%n parte, circa {length}.</numerusform>
            <numerusform>%n parti, circa {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Once the marked fields are sorted, you can try it</source>
        <translation>Quando i campi segnati saranno a posto, potrai provarlo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep your changes?</source>
        <translation>Tenere le modifiche?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your new plan</source>
        <translation>il tuo nuovo percorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed “{title}” and haven&apos;t saved it yet.</source>
        <translation>Hai modificato «{title}» e non l’hai ancora salvato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It can&apos;t be saved yet: some fields need a look.</source>
        <translation>Non si può ancora salvare: alcuni campi sono da ricontrollare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave without saving</source>
        <translation>Torna indietro senza salvare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep changing it</source>
        <translation>Continua a modificarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_import.py" line="-14"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nothing and go back (Esc)</source>
        <translation>Non aggiungere niente e torna indietro (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to my plans</source>
        <translation>A&amp;ggiungi ai miei percorsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steady can&apos;t use this plan</source>
        <translation>Steady non può usare questo percorso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added. Steady could not use {file}:</source>
        <translation>Non è stato aggiunto niente. Steady non è riuscito a usare {file}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan to look at</source>
        <translation>Un percorso da guardare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file {file}. Nothing is added until you choose to.</source>
        <translation>Dal file {file}. Non viene aggiunto niente finché non lo decidi tu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (as the file says): {who}</source>
        <translation>Da (secondo il file): {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parts, about {length}:</source>
        <translation>
            <numerusform>%n parte, circa {length}:</numerusform>
            <numerusform>%n parti, circa {length}:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You already have something called “{id}”. Nothing is replaced: this plan will be kept beside it as “{title}”.</source>
        <translation>Hai già qualcosa che si chiama «{id}». Non viene sostituito niente: questo percorso sarà conservato accanto, come «{title}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the plan holds</source>
        <translation>Cosa contiene il percorso</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_parts.py" line="+36"/>
        <source>An exercise this version of Steady doesn&apos;t have ({id})</source>
        <translation>Un esercizio che questa versione di Steady non ha ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when you&apos;re ready</source>
        <translation>quando te la senti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your words: {text} · {how}</source>
        <translation>Parole tue: {text} · {how}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note from {sender}: {text}</source>
        <translation>Una nota di {sender}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note: {text}</source>
        <translation>Una nota: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This needs a few words.</source>
        <translation>Qui servono un po’ di parole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is {length} characters long; {limit} fit. Please shorten it.</source>
        <translation>Qui ci sono {length} caratteri; ne entrano {limit}. Accorcialo un po’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This exercise no longer exists in Steady; please choose another or remove this part.</source>
        <translation>Questo esercizio non c’è più in Steady: scegline un altro o rimuovi questa parte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holds characters that aren&apos;t text; please type it again.</source>
        <translation>Qui ci sono caratteri che non sono testo: riscrivilo, per favore.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which exercise</source>
        <translation>Quale esercizio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which e&amp;xercise</source>
        <translation>Quale eser&amp;cizio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long</source>
        <translation>Quanto dura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>&amp;Quanto dura</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not in this version of Steady: {id})</source>
        <translation>(non presente in questa versione di Steady: {id})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your words</source>
        <translation>Le tue parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Feet on the floor. Notice the ground holding you.</source>
        <translation>Per esempio: Piedi a terra. Nota come il pavimento ti sostiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>Le &amp;tue parole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on by itself after</source>
        <translation>Vai avanti in automatico dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise it waits until you press Next</source>
        <translation>Altrimenti aspetta finché non premi «Avanti»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds</source>
        <translation>Secondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the seconds, or use the Up and Down keys</source>
        <translation>Scrivi i secondi, oppure usa le frecce Su e Giù</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a time, it waits until you&apos;re ready.</source>
        <translation>Senza un tempo, aspetta finché non te la senti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the voice says instead</source>
        <translation>Cosa dice invece la voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to hear your words as written</source>
        <translation>Lascia vuoto per sentire le tue parole così come sono scritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the voi&amp;ce says instead (if you like)</source>
        <translation>Cosa d&amp;ice invece la voce (se vuoi)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: Try this before the call.</source>
        <translation>Per esempio: Prova questo prima della telefonata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is from</source>
        <translation>Da chi arriva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sam, 3 March</source>
        <translation>Per esempio: Sam, 3 marzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is &amp;from (if you like)</source>
        <translation>Da c&amp;hi arriva (se vuoi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plans.py" line="-37"/>
        <location line="+13"/>
        <source>Your own plans</source>
        <translation>I tuoi percorsi</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Plans you make, on your own or with someone you trust, such as your therapist. Each one is on the start screen. Export a plan to hand it over as one file; open a plan file you were given to add it here.</source>
        <translation>Percorsi che crei per conto tuo o con una persona di cui ti fidi, come chi ti segue in terapia. Ognuno compare nella schermata iniziale. Esporta un percorso per passarlo a qualcuno come un unico file; apri un file di percorso che hai ricevuto per aggiungerlo qui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter changes the chosen plan</source>
        <translation>Invio modifica il percorso scelto</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} · %n parts, about {length}</source>
        <translation>
            <numerusform>{title} · %n parte, circa {length}</numerusform>
            <numerusform>{title} · %n parti, circa {length}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No plans yet. A new plan takes a minute or two, and you can change it later.</source>
        <translation>Ancora nessun percorso. Crearne uno richiede un paio di minuti, e puoi cambiarlo quando vuoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New plan</source>
        <translation>&amp;Nuovo percorso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new plan</source>
        <translation>Crea un nuovo percorso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen plan</source>
        <translation>Modifica il percorso scelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the chosen plan</source>
        <translation>Avvia il percorso scelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan as one file</source>
        <translation>Salva il percorso come un unico file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;limina…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen plan</source>
        <translation>Rimuovi il percorso scelto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open a plan file…</source>
        <translation>Apri un &amp;file di percorso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan someone gave you (Ctrl+O)</source>
        <translation>Aggiungi un percorso che ti hanno dato (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+72"/>
        <source>A plan file can&apos;t be read: {problem}</source>
        <translation>Non si riesce a leggere un file di percorso: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The plan could not be saved ({reason}). Your changes are still here.</source>
        <translation>Non è stato possibile salvare il percorso ({reason}). Le tue modifiche sono ancora qui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{title}”.</source>
        <translation>«{title}» salvato.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export a plan</source>
        <translation>Esporta un percorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady plans (*.steady)</source>
        <translation>Percorsi di Steady (*.steady)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan could not be exported ({reason}).</source>
        <translation>Non è stato possibile esportare il percorso ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported “{title}” to {file}.</source>
        <translation>«{title}» esportato in {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this plan?</source>
        <translation>Eliminare questo percorso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”? This can&apos;t be undone; export it first if you may want it again.</source>
        <translation>Eliminare «{title}»? Non si può annullare: esportalo prima, se pensi che ti possa servire ancora.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Steady plans and exercises (*.steady *.toml)</source>
        <translation>Percorsi ed esercizi di Steady (*.steady *.toml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A plan to look at · Steady</source>
        <translation>Un percorso da guardare · Steady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan could not be added ({reason}).</source>
        <translation>Non è stato possibile aggiungere il percorso ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is now in your plans and on the start screen.</source>
        <translation>«{title}» ora è tra i tuoi percorsi e nella schermata iniziale.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/core/preferences.py" line="+62"/>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours, or follow the system.</source>
        <translation>Colori chiari, scuri o ad alto contrasto, oppure come nel sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Come nel sistema</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Light</source>
        <translation>Chiari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Alto contrasto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text and buttons larger.</source>
        <translation>Ingrandisci tutto il testo e i pulsanti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Steady&apos;s words. Takes effect when Steady opens.</source>
        <translation>La lingua in cui ti parla Steady. Vale dalla prossima apertura di Steady.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motion</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moving pacer, or a still one (a countdown and a progress bar), or follow the system&apos;s reduce-motion preference.</source>
        <translation>Un cerchio del respiro in movimento o uno fermo (un conto alla rovescia e una barra di avanzamento), oppure come nell’opzione del sistema «riduci movimento».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving</source>
        <translation>In movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still</source>
        <translation>Senza movimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip the holds</source>
        <translation>Senza trattenere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out breath holds in patterns that have them (box, 4-7-8).</source>
        <translation>Tralascia le pause in cui si trattiene il respiro, negli schemi che le hanno (quadrato, 4-7-8).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Notice” wording</source>
        <translation>Usa «notare»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can&apos;t see or hear.</source>
        <translation>Nell’esercizio 5-4-3-2-1 usa «notare» invece di «vedere» e «sentire», per chi non vede o non sente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-key shortcuts</source>
        <translation>Scorciatoie a un tasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys like Space, S or V act on their own. Turn off if you press keys by accident; the Ctrl shortcuts and Tab still work.</source>
        <translation>Tasti come Spazio, S o V funzionano da soli. Disattivale se premi tasti per sbaglio; le scorciatoie con Ctrl e il tasto Tab funzionano comunque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell screen readers</source>
        <translation>Avvisa i lettori di schermo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen readers say each new breathing phase and step as it begins.</source>
        <translation>I lettori di schermo annunciano ogni nuova fase del respiro e ogni passo, appena inizia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the prompts aloud</source>
        <translation>Lettura ad alta voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm offline voice says each phase and step. Off until you turn it on.</source>
        <translation>Una voce tranquilla e offline dice ogni fase e ogni passo. Spenta finché non la attivi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chime</source>
        <translation>Suono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound as each breathing phase begins (rising to breathe in, falling to breathe out), with the words or instead of them.</source>
        <translation>Un suono delicato all’inizio di ogni fase del respiro (sale quando inspiri, scende quando espiri), insieme alle parole o al loro posto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chime</source>
        <translation>Nessun suono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chime and words</source>
        <translation>Suono e parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime instead of words</source>
        <translation>Suono al posto delle parole</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/dialogs/settings.py" line="+30"/>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which voice reads the prompts; empty for the usual one.</source>
        <translation>Quale voce legge le indicazioni; vuoto per quella solita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask how I feel before and after</source>
        <translation>Chiedimi come sto prima e dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 0 to 10 check-in before and after each exercise; one key skips it. Your answers stay on this computer.</source>
        <translation>Una domanda da 0 a 10 prima e dopo ogni esercizio; un tasto la salta. Le tue risposte restano su questo computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country for helplines</source>
        <translation>Paese per le linee di ascolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s helplines to show first.</source>
        <translation>Di quale Paese mostrare prima le linee di ascolto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome shown</source>
        <translation>Benvenuto mostrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run welcome has been seen.</source>
        <translation>Il benvenuto del primo avvio è stato visto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told how to keep the small window on top</source>
        <translation>Spiegato come tenere in primo piano la finestra piccola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the desktop can&apos;t keep it on top (Wayland), Steady has said how, once.</source>
        <translation>Dove il desktop non riesce a tenerla in primo piano (Wayland), Steady ha spiegato una volta come fare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the window was</source>
        <translation>Dov’era la finestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s screen, position, size and whether it was maximised.</source>
        <translation>Lo schermo, la posizione e la dimensione della finestra, e se era ingrandita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the voice speaks.</source>
        <translation>Quanto parla veloce la voce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words a minute</source>
        <translation>parole al minuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How loud the voice is.</source>
        <translation>Il volume della voce.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="-4"/>
        <source>How it looks</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Come stai</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Try the voice</source>
        <translation>Prova la voce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear the voice with these settings</source>
        <translation>Ascolta la voce con queste impostazioni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice isn&apos;t available right now: {reason}.</source>
        <translation>La voce non è disponibile in questo momento: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the settings; every change is already kept (Esc)</source>
        <translation>Chiudi le impostazioni; ogni modifica è già salvata (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>The usual voice</source>
        <translation>La voce solita</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../app/ui/screens/step_views.py" line="+97"/>
        <source>Keep the words I choose</source>
        <translation>Conserva le parole che scelgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your notes on this computer. Off unless you turn it on: otherwise nothing you pick is saved</source>
        <translation>Restano nei tuoi appunti su questo computer. Se non lo attivi, niente di quello che scegli viene salvato</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I feel {word}</source>
        <translation>Provo {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Right now I feel: {words}.</source>
        <translation>In questo momento provo: {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A time you laughed until you cried.</source>
        <translation>Una volta in cui hai riso fino alle lacrime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who makes you feel at home.</source>
        <translation>Una persona con cui ti senti a casa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place where you felt safe and easy.</source>
        <translation>Un posto in cui ti sentivi al sicuro e a tuo agio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small kindness someone showed you.</source>
        <translation>Una piccola gentilezza che qualcuno ti ha fatto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another memory</source>
        <translation>Un altro ricordo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a different one of your memories</source>
        <translation>Mostra un altro dei tuoi ricordi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>My memories…</source>
        <translation>I miei ricordi…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add, change or remove your own memories</source>
        <translation>Aggiungi, cambia o rimuovi i tuoi ricordi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{memory}”</source>
        <translation>«{memory}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing saved here yet, and that&apos;s fine. You might think of:
{ideas}</source>
        <translation>Qui non c’è ancora niente, e va bene così. Potresti pensare a:
{ideas}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my memories…</source>
        <translation>Aggiungi i miei ricordi…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{taps} of {count} found</source>
        <translation>Finora {taps} di {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taps} of {count}  ·  Space or “Found one” for each</source>
        <translation>{taps} di {count}  ·  Spazio o «Trovato» ogni volta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/steps.py" line="-178"/>
        <source>%n steps, about {length}.</source>
        <translation>
            <numerusform>%n passo, circa {length}.</numerusform>
            <numerusform>%n passi, circa {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}. About {length}.</source>
        <translation>{parts}. Circa {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “notice” wording</source>
        <translation>Usa «notare»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For anyone who can&apos;t see or hear: “notice” instead of “see” and “hear”</source>
        <translation>Per chi non vede o non sente: «notare» invece di «vedere» e «sentire»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How far through the whole exercise</source>
        <translation>A che punto sei dell’intero esercizio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous step</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back one step (Left arrow)</source>
        <translation>Torna indietro di un passo (freccia sinistra)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The next step (Right arrow)</source>
        <translation>Il passo successivo (freccia destra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Found one</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>Finish</source>
        <translation>Concludi</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>Skip ahead</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} di {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part {number} of {count}  ·  {part}</source>
        <translation>Parte {number} di {count}  ·  {part}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you&apos;re ready</source>
        <translation>Quando te la senti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{length} left</source>
        <translation>ancora {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s left</source>
        <translation>ancora {seconds} s</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step {number}</source>
        <translation>Passo {number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← → change step</source>
        <translation>← → cambia passo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space counts</source>
        <translation>Spazio conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space finishes</source>
        <translation>Spazio conclude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space goes on</source>
        <translation>Spazio va avanti</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This step: {time}.</source>
        <translation>Questo passo: ancora {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found} of {count} found.</source>
        <translation>Finora {found} di {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step waits for you.</source>
        <translation>Questo passo ti aspetta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {time} left in all.</source>
        <translation>In tutto, ancora circa {time}.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/ui/services/tray.py" line="+22"/>
        <source>Steady</source>
        <translation>Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Steady me now</source>
        <translation>Ritrovare l’equilibrio ora</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show or hide Steady</source>
        <translation>Mostra o nascondi Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small window</source>
        <translation>Finestra piccola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Esci da Steady</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Let it out</source>
        <translation>Sfogati pure</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../app/ui/services/narration.py" line="+21"/>
        <source>no sound output was found on this computer</source>
        <translation>su questo computer non è stata trovata nessuna uscita audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the espeak-ng speech library is not installed (package libespeak-ng1)</source>
        <translation>la libreria vocale espeak-ng non è installata (pacchetto libespeak-ng1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the voice is not set up</source>
        <translation>la voce non è configurata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer has no voice for {language}</source>
        <translation>questo computer non ha una voce per {language}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../app/ui/screens/why_ok.py" line="+14"/>
        <source>A survey</source>
        <translation>Un sondaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study</source>
        <translation>Uno studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One estimate</source>
        <translation>Una stima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review of studies</source>
        <translation>Una rassegna di studi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link seen in studies, not proof of cause</source>
        <translation>Un legame osservato negli studi, non la prova di una causa</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Perché piangere va bene</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{kind}: {source}</source>
        <translation>{kind}: {source}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../app/ui/parts/widgets.py" line="+138"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="-138"/>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+0"/>
        <source>You can stop at any moment.</source>
        <translation>Puoi interrompere in qualsiasi momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/time_words.py" line="+12"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n breaths</source>
        <translation>
            <numerusform>%n respiro</numerusform>
            <numerusform>%n respiri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} e {seconds}</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+6"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+13"/>
        <source>Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, does not diagnose or treat anything, and is not a substitute for therapy or care.</source>
        <translation>Steady serve in generale a rilassarti e a ritrovare il contatto con il presente, per il tuo benessere. Non è un dispositivo medico, non fa diagnosi, non cura nulla e non sostituisce la terapia né l’assistenza sanitaria.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stays on this computer, in files only you can read: no account, no network, no analytics. You can export your history or delete all of it at any time (Steady → My history).</source>
        <translation>Tutto resta su questo computer, in file che puoi leggere solo tu: nessun account, nessuna connessione a internet, nessun tracciamento. Puoi esportare la tua cronologia o eliminarla del tutto in qualsiasi momento (Steady → La mia cronologia).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Steady</source>
        <translation>Ti diamo il benvenuto in Steady</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Steady</source>
        <translation>Informazioni su Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm companion for moments of tears or overwhelm: crying is OK, and gentle exercises are here if you want a moment to steady yourself.</source>
        <translation>Una compagnia tranquilla per i momenti di lacrime o quando è tutto troppo: piangere va bene, e qui trovi esercizi delicati se vuoi un momento per ritrovare l’equilibrio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+33"/>
        <source>&amp;Steady</source>
        <translation>&amp;Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;start</source>
        <translation>Torna all’&amp;inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;plans</source>
        <translation>I miei &amp;percorsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a plan…</source>
        <translation>I&amp;mporta un percorso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;memories…</source>
        <translation>I miei &amp;ricordi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;history</source>
        <translation>La mia &amp;cronologia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep things st&amp;ill (no motion)</source>
        <translation>Senza &amp;movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small &amp;window on top</source>
        <translation>&amp;Finestra piccola in primo piano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usual text size</source>
        <translation>&amp;Dimensione normale del testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours</source>
        <translation>&amp;Colori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Need help now?</source>
        <translation>Ti serve &amp;aiuto ora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it&apos;s OK to cry</source>
        <translation>&amp;Perché piangere va bene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Steady</source>
        <translation>&amp;Informazioni su Steady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the &amp;system</source>
        <translation>Come nel &amp;sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="+152"/>
        <source>Let it out · Steady</source>
        <translation>Sfogati pure · Steady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it&apos;s OK to cry · Steady</source>
        <translation>Perché piangere va bene · Steady</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your history · Steady</source>
        <translation>La tua cronologia · Steady</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/ui/services/planning.py" line="-131"/>
        <location line="+18"/>
        <source>Your own plans · Steady</source>
        <translation>I tuoi percorsi · Steady</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Finito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/keeping.py" line="+74"/>
        <source>Would it help to talk to someone?</source>
        <translation>Ti aiuterebbe parlare con qualcuno?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to someone you trust, or to a helpline, can help.</source>
        <translation>Parlare con qualcuno di cui ti fidi, o con una linea di ascolto, può aiutare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who you can talk to</source>
        <translation>Vedi con chi puoi parlare</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export your history</source>
        <translation>Esporta la tua cronologia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported</source>
        <translation>Non esportata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>Non è stato possibile scrivere {file} ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History exported</source>
        <translation>Cronologia esportata</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions were saved to {file}.</source>
        <translation>
            <numerusform>%n esercizio è stato salvato in {file}.</numerusform>
            <numerusform>%n esercizi sono stati salvati in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all my data?</source>
        <translation>Eliminare tutti i miei dati?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes your history, check-ins, memories, kept words, your own exercises and plans, and your settings from this computer. It can&apos;t be undone.</source>
        <translation>Così rimuovi da questo computer la tua cronologia, le risposte, i ricordi, le parole conservate, i tuoi esercizi e percorsi, e le tue impostazioni. Non si può annullare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted</source>
        <translation>Eliminati</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were removed. Steady keeps nothing about you now.</source>
        <translation>
            <numerusform>%n file è stato rimosso. Ora Steady non conserva più niente su di te.</numerusform>
            <numerusform>%n file sono stati rimossi. Ora Steady non conserva più niente su di te.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some history files could not be removed: {reason}</source>
        <translation>Non è stato possibile rimuovere alcuni file della cronologia: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/notes.py" line="+25"/>
        <source>A note about your files</source>
        <translation>Una nota sui tuoi file</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/own_things.py" line="+69"/>
        <source>This plan can&apos;t be used</source>
        <translation>Questo percorso non si può usare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied. Steady could not use {file}:</source>
        <translation>Non è stato copiato niente. Steady non è riuscito a usare {file}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan added</source>
        <translation>Percorso aggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is now on the start screen.</source>
        <translation>«{title}» ora è nella schermata iniziale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+82"/>
        <source>Import a plan</source>
        <translation>Importa un percorso</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="+90"/>
        <source>Need help now?</source>
        <translation>Ti serve aiuto ora?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency numbers and helplines (Ctrl+H)</source>
        <translation>Numeri di emergenza e linee di ascolto (Ctrl+H)</translation>
    </message>
</context>
</TS>
