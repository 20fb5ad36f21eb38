<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="+58"/>
        <source>Start breathing with the pacer (Space)</source>
        <translation>Mit dem Kreis atmen (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe again</source>
        <translation>Noch einmal atmen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How long:</source>
        <translation>Wie lange:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skip the holds</source>
        <translation>Ohne Atemanhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the moments of holding the breath</source>
        <translation>Die Momente, in denen der Atem angehalten wird, auslassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eyes closed (E)</source>
        <translation>Augen zu (E)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>How far through this part of the breath</source>
        <translation>Wie weit dieser Teil des Atemzugs schon ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How far through the whole exercise</source>
        <translation>Wie weit die ganze Übung schon ist</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>Breathe for %n minutes</source>
        <translation>
            <numerusform>%n Minute atmen</numerusform>
            <numerusform>%n Minuten atmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sound rises as you breathe in and falls as you breathe out, with the words if the voice is on</source>
        <translation>Der Klang steigt, wenn du einatmest, und sinkt, wenn du ausatmest; mit den Worten, wenn die Stimme an ist</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>{phase}, %n seconds left</source>
        <translation>
            <numerusform>{phase}, noch %n Sekunde</numerusform>
            <numerusform>{phase}, noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Breath {number} of {count}</source>
        <translation>Atemzug {number} von {count}</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Getting ready</source>
        <translation>Gleich geht es los</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{where}  ·  {time} left</source>
        <translation>{where}  ·  noch {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You gave yourself a few minutes.</source>
        <translation>Du hast dir ein paar Minuten geschenkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a moment</source>
        <translation>einen Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You breathed with the pacer for {length}. Come back to it whenever you want.</source>
        <translation>Du hast {length} lang mit dem Kreis geatmet. Komm gern wieder, wann immer du möchtest.</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+212"/>
        <source>Eyes closed. Listen for the sounds. Esc stops.</source>
        <translation>Augen zu. Folge den Klängen. Mit Esc hörst du auf.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>E: eyes closed is on</source>
        <translation>E: Augen zu ist an</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sounds for each phase are off.</source>
        <translation>Die Klänge für jede Phase sind aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n breaths, about {length}.</source>
        <translation>
            <numerusform>%n Atemzug, etwa {length}.</numerusform>
            <numerusform>%n Atemzüge, etwa {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../app/ui/screens/checkin.py" line="+43"/>
        <source>{value} out of 10</source>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skip the check-in (Esc)</source>
        <translation>Die Frage überspringen (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press 0 to 9</source>
        <translation>Drück 0 bis 9</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Esc skips</source>
        <translation>Esc überspringt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Before you go on, if you like</source>
        <translation>Bevor du weitermachst, wenn du magst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Aufgehört.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Before you start, if you like</source>
        <translation>Bevor du beginnst, wenn du magst</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>← → then Enter for 10</source>
        <translation>← → dann Eingabe für 10</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Now that you&apos;ve finished, if you like</source>
        <translation>Jetzt, am Ende, wenn du magst</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="-79"/>
        <source>{where}. {time} left.</source>
        <translation>{where}. Noch {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ui/screens/exercise.py" line="+154"/>
        <source>However you feel now is fine. Stay here as long as you like.</source>
        <translation>Wie auch immer du dich jetzt fühlst, es ist in Ordnung. Bleib hier, so lange du magst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/screens/exercise.py" line="+3"/>
        <source>Stopping is always fine.</source>
        <translation>Aufhören ist immer in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/voice_controls.py" line="+26"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the prompts aloud, or not (V)</source>
        <translation>Die Anleitung vorlesen lassen oder nicht (V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise.py" line="-70"/>
        <location line="+261"/>
        <location filename="../../app/ui/screens/steps.py" line="+248"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the exercise (Esc). Stopping is always fine.</source>
        <translation>Mit der Übung aufhören (Esc). Aufhören ist immer in Ordnung.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You took a moment for yourself.</source>
        <translation>Du hast dir einen Moment für dich genommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come back to this whenever you want, or try something else.</source>
        <translation>Komm gern wieder, wann immer du möchtest, oder probier etwas anderes aus.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Space resumes</source>
        <translation>Leertaste setzt fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space pauses</source>
        <translation>Leertaste pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+48"/>
        <source>Read the prompts aloud</source>
        <translation>Anleitung vorlesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline voice says each phase or step; the words stay on screen</source>
        <translation>Eine Stimme auf deinem Computer spricht jede Phase und jeden Schritt; die Worte bleiben zu sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep things still</source>
        <translation>Ohne Bewegung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show words, a countdown and a progress bar instead of movement</source>
        <translation>Worte, einen Countdown und einen Fortschrittsbalken statt Bewegung zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin (Space)</source>
        <translation>Beginnen (Leertaste)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space starts</source>
        <translation>Leertaste beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter ticks or presses</source>
        <translation>Eingabe kreuzt an oder drückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc goes back</source>
        <translation>Esc geht zurück</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Helplines and other people to reach, now or later</source>
        <translation>Hilfetelefone und Menschen, die du erreichen kannst, jetzt oder später</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Esc goes there too</source>
        <translation>Esc führt auch dorthin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esc goes back to the start</source>
        <translation>Esc führt zur Startseite</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Paused for the help panel. Space goes on whenever you&apos;re ready.</source>
        <translation>Pausiert für die Hilfe. Mit der Leertaste geht es weiter, wann immer du so weit bist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The voice is on, now and for the next exercises (Settings can change that).</source>
        <translation>Die Stimme ist an, jetzt und bei den nächsten Übungen (in den Einstellungen änderbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice is off, now and for the next exercises (Settings can change that).</source>
        <translation>Die Stimme ist aus, jetzt und bei den nächsten Übungen (in den Einstellungen änderbar).</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>See who you can talk to</source>
        <translation>Mit wem kann ich reden?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go through this exercise again</source>
        <translation>Diese Übung noch einmal machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise.py" line="-115"/>
        <location line="+260"/>
        <location filename="../../app/ui/screens/steps.py" line="+0"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+70"/>
        <source>Paused. Resume whenever you&apos;re ready.</source>
        <translation>Pausiert. Setz die Übung fort, wann immer du so weit bist.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paused while your computer was away. Resume whenever you&apos;re ready.</source>
        <translation>Pausiert, weil dein Computer im Ruhezustand war. Setz die Übung fort, wann immer du so weit bist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/voice_controls.py" line="+1"/>
        <location line="+43"/>
        <source>Voice: on</source>
        <translation>Stimme: an</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Voice: off</source>
        <translation>Stimme: aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice isn&apos;t available right now ({reason}), so the words stay on screen.</source>
        <translation>Die Stimme ist gerade nicht verfügbar ({reason}), deshalb bleiben die Worte auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/run_keys.py" line="+26"/>
        <source>T time left</source>
        <translation>T verbleibende Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Esc hört auf</translation>
    </message>
</context>
<context>
    <name>Gaze</name>
    <message>
        <location filename="../../app/core/gaze.py" line="+15"/>
        <source>Close</source>
        <translation>Augen zu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Augen auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner {number} of 4</source>
        <translation>Ecke {number} von 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/gaze.py" line="+23"/>
        <source>A dot for your eyes to follow</source>
        <translation>Ein Punkt, dem deine Augen folgen können</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/dialogs/help.py" line="+48"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your country (no location is looked up):</source>
        <translation>Dein Land (dein Standort wird nicht abgefragt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your country</source>
        <translation>Dein Land</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anywhere else: {name} ({address}). {text}</source>
        <translation>Überall sonst: {name} ({address}). {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close this list (Esc)</source>
        <translation>Diese Liste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call your local emergency number.</source>
        <translation>Ruf den Notruf des Landes an, in dem du gerade bist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency in {country}: {number}</source>
        <translation>Notruf ({country}): {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No helpline for this country is stored yet: please use the directory below.</source>
        <translation>Für dieses Land ist noch kein Hilfetelefon gespeichert: Bitte nutz das Verzeichnis unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {date}.</source>
        <translation>Zuletzt geprüft am {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet checked.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/screens/history.py" line="+53"/>
        <source>Chart of your check-ins before and after each exercise</source>
        <translation>Diagramm deiner Antworten vor und nach jeder Übung</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n exercises with check-ins; on average the rating changed by {change} points</source>
        <translation>
            <numerusform>%n Übung mit Antworten; im Durchschnitt hat sich die Zahl um {change} Punkte verändert</numerusform>
            <numerusform>%n Übungen mit Antworten; im Durchschnitt hat sich die Zahl um {change} Punkte verändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check-ins yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your check-ins will appear here.</source>
        <translation>Deine Antworten erscheinen hier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your history</source>
        <translation>Dein Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins before (○) and after (●) each exercise, 0 settled to 10 the most distressed. It stays on this computer.</source>
        <translation>Deine Antworten vor (○) und nach (●) jeder Übung, von 0 (ruhig) bis 10 (am stärksten belastet). Sie bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped early</source>
        <translation>früher aufgehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. After an exercise, it will be listed here.</source>
        <translation>Hier ist noch nichts. Nach einer Übung steht sie hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sessions</source>
        <translation>Deine Übungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of your history as a spreadsheet file</source>
        <translation>Eine Kopie deines Verlaufs als Tabellendatei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every file Steady keeps about you</source>
        <translation>Jede Datei entfernen, die Steady über dich speichert</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../app/ui/screens/home.py" line="+62"/>
        <source>It&apos;s OK to cry.</source>
        <translation>Weinen ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crying is a normal human reaction. There&apos;s nothing to apologise for, and no need to hold the tears back. Take all the time you need.</source>
        <translation>Weinen ist eine ganz normale menschliche Reaktion. Du musst dich für nichts entschuldigen und die Tränen nicht zurückhalten. Nimm dir alle Zeit, die du brauchst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Warum Weinen in Ordnung ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts about crying, with their sources</source>
        <translation>Fakten über das Weinen, mit ihren Quellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let it out</source>
        <translation>Lass es raus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay with the tears. No timer, nothing to do, a soft breath nearby. Press L.</source>
        <translation>Bleib bei deinen Tränen. Keine Zeit, die abläuft, nichts zu tun – nur ein sanfter Atemkreis, wenn du magst. Drück&#xa0;L.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steady myself</source>
        <translation>Halt finden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{summary} Press S.</source>
        <translation>{summary} Drück&#xa0;S.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or choose what might help</source>
        <translation>Oder wähl, was dir helfen könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to breathe</source>
        <translation>Andere Arten zu atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own plans</source>
        <translation>Deine eigenen Pläne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exercises could be loaded. Steady&apos;s files may be damaged; please reinstall.</source>
        <translation>Es konnten keine Übungen geladen werden. Die Dateien von Steady sind vielleicht beschädigt; bitte installier Steady neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your history</source>
        <translation>Dein Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your past exercises and check-ins (Ctrl+Y)</source>
        <translation>Deine bisherigen Übungen und Antworten (Strg+Y)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Start</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Make a plan</source>
        <translation>Einen Plan erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans: make one, change one, or share one (Ctrl+P)</source>
        <translation>Deine eigenen Pläne: einen erstellen, ändern oder teilen (Strg+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathe slowly</source>
        <translation>Langsam atmen</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <location filename="../../app/ui/screens/info.py" line="+27"/>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc führt auch dorthin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc goes back</source>
        <translation>Esc geht zurück</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../app/ui/parts/keys.py" line="+33"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
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
        <translation>Diese Tasten zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Strg+H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need help now? Emergency numbers and helplines</source>
        <translation>Brauchst du jetzt Hilfe? Notrufe und Hilfetelefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umsch+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous button</source>
        <translation>Zur nächsten oder vorigen Schaltfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the highlighted button (Space too, outside an exercise)</source>
        <translation>Die ausgewählte Schaltfläche drücken (außerhalb einer Übung auch mit der Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Home</source>
        <translation>Strg+Pos1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation>Strg+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your history</source>
        <translation>Dein Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Strg+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans</source>
        <translation>Deine eigenen Pläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Strg+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a plan someone gave you</source>
        <translation>Einen Plan importieren, den dir jemand gegeben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Ctrl+M</source>
        <translation>Strg+M</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Small window that stays on top</source>
        <translation>Kleines Fenster, das im Vordergrund bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Strg++</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+−</source>
        <translation>Strg+−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual text size</source>
        <translation>Normale Textgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Strg+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Steady beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screen</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steady me now: begin at once</source>
        <translation>Jetzt Halt finden: sofort beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it out</source>
        <translation>Lass es raus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During an exercise</source>
        <translation>Während einer Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Start, pause or go on (in grounding: count one)</source>
        <translation>Beginnen, pausieren oder fortsetzen (bei 5-4-3-2-1: eins zählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice on or off, from now on</source>
        <translation>Stimme an oder aus, ab jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say how much is left (for screen readers)</source>
        <translation>Sagen, wie viel noch bleibt (für Screenreader)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eyes closed: a sound for each breathing phase, on or off</source>
        <translation>Augen zu: ein Klang für jede Atemphase, an oder aus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose any number up to 10, then answer</source>
        <translation>Eine Zahl bis 10 wählen, dann antworten</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stop, or go back</source>
        <translation>Aufhören oder zurückgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→  ←</source>
        <translation>→  ←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous step</source>
        <translation>Nächster oder vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing a plan</source>
        <translation>Einen Plan ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+↑  Alt+↓</source>
        <translation>Alt+↑  Alt+↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen part earlier or later</source>
        <translation>Den gewählten Teil nach vorn oder hinten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the chosen part</source>
        <translation>Den gewählten Teil duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen part (in the list of parts)</source>
        <translation>Den gewählten Teil entfernen (in der Liste der Teile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (asks first if something isn&apos;t saved)</source>
        <translation>Zurück zu deinen Plänen (fragt vorher, wenn etwas noch nicht gespeichert ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you feel?</source>
        <translation>Wie fühlst du dich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 9</source>
        <translation>0 bis 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer with that number</source>
        <translation>Mit dieser Zahl antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>←  →, Enter</source>
        <translation>←  →, Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>Kleines Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it at once</source>
        <translation>Sofort ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or go on</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the big window</source>
        <translation>Zurück zum großen Fenster</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="+19"/>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>One-key shortcuts are switched off (Settings), so the keys marked “off” do nothing.</source>
        <translation>Kürzel mit einer Taste sind ausgeschaltet (Einstellungen), deshalb tun die mit „aus“ markierten Tasten nichts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{does} (off)</source>
        <translation>{does} (aus)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the list of keys (Esc)</source>
        <translation>Die Liste der Tasten schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>LetItOut</name>
    <message>
        <location filename="../../app/ui/screens/let_it_out.py" line="+53"/>
        <source>Let it out.</source>
        <translation>Lass es raus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You don&apos;t have to do anything right now. Cry as much as you need to; the tears can come and go in their own time. If it helps, let your breath follow the circle.</source>
        <translation>Du musst gerade gar nichts tun. Du darfst weinen, so viel du brauchst; die Tränen kommen und gehen in ihrer eigenen Zeit. Wenn es dir hilft, lass deinen Atem dem Kreis folgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A soft circle that slowly grows and shrinks, if you want to breathe with it</source>
        <translation>Ein sanfter Kreis, der langsam wächst und kleiner wird, falls du mit ihm atmen möchtest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the start</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc führt auch dorthin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to steady myself</source>
        <translation>Halt finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of gentle exercises, when you want them</source>
        <translation>Ein paar Minuten sanfte Übungen, wenn du möchtest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc goes back to the start</source>
        <translation>Esc führt zur Startseite</translation>
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
        <translation>Meine Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm or funny moments to come back to</source>
        <translation>Herzliche oder lustige Momente, zu denen du zurückkehren kannst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One memory per line: where you were, who was there, what was said. They stay on this computer and nowhere else.</source>
        <translation>Eine Erinnerung pro Zeile: wo du warst, wer dabei war, was gesagt wurde. Sie bleiben auf diesem Computer und nirgendwo sonst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My memories, one per line</source>
        <translation>Meine Erinnerungen, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day we got the giggles at the bus stop…</source>
        <translation>Der Tag, an dem wir an der Bushaltestelle einen Lachanfall hatten…</translation>
    </message>
</context>
<context>
    <name>Mini</name>
    <message>
        <location filename="../../app/ui/services/mini.py" line="+35"/>
        <source>Steady · small window</source>
        <translation>Steady · kleines Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady, small window</source>
        <translation>Steady, kleines Fenster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Pause or go on (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big window</source>
        <translation>Großes Fenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the big window (Ctrl+M)</source>
        <translation>Zurück zum großen Fenster (Strg+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this window at once (Esc)</source>
        <translation>Dieses Fenster sofort ausblenden (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Go on</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crying is OK. Take the time you need.</source>
        <translation>Weinen ist in Ordnung. Nimm dir die Zeit, die du brauchst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steady me now</source>
        <translation>Jetzt Halt finden</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/presence.py" line="+62"/>
        <source>This desktop doesn&apos;t let Steady keep this window on top. To keep it there, right-click its title bar and choose Always on Top.</source>
        <translation>Diese Oberfläche lässt Steady das Fenster nicht selbst im Vordergrund halten. Dafür mit der rechten Maustaste auf die Titelleiste klicken und „Immer im Vordergrund“ wählen.</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <location filename="../../app/ui/parts/pacer.py" line="+40"/>
        <source>Breathing pacer</source>
        <translation>Atemkreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Ein Kreis, der wächst, wenn du einatmest, und kleiner wird, wenn du ausatmest</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../app/core/exercise.py" line="+31"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Noch ein wenig ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold, gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../app/ui/screens/plan_editor.py" line="+77"/>
        <source>Change your plan</source>
        <translation>Deinen Plan ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new plan</source>
        <translation>Ein neuer Plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put together what helps you, in the order you want: Steady&apos;s exercises, steps in your own words, a note from someone. Nothing leaves this computer unless you export it.</source>
        <translation>Stell zusammen, was dir hilft, in der Reihenfolge, die du möchtest: Übungen von Steady, Schritte in deinen eigenen Worten, eine Notiz von jemandem. Nichts verlässt diesen Computer, außer du exportierst es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the plan</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Before the call</source>
        <translation>Zum Beispiel: Vor dem Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me of the plan</source>
        <translation>&amp;Name des Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, in order</source>
        <translation>Teile, der Reihe nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts of the plan</source>
        <translation>Teile des Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move a part, Ctrl+D makes a copy, Delete removes it</source>
        <translation>Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben einen Teil, Strg+D kopiert ihn, Entf entfernt ihn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Steady &amp;exercise</source>
        <translation>Eine Steady-Übung hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own &amp;words</source>
        <translation>Eigene &amp;Worte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note</source>
        <translation>Eine No&amp;tiz hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a part to begin: an exercise, your own words or a note.</source>
        <translation>Füg einen ersten Teil hinzu: eine Übung, deine eigenen Worte oder eine Notiz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part earlier (Alt+Up)</source>
        <translation>Diesen Teil nach vorn verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+162"/>
        <source>S&amp;ave</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Keep it in your own plans</source>
        <translation>In deinen eigenen Plänen behalten</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Once the marked fields are sorted, you can try it</source>
        <translation>Sobald die markierten Felder passen, kannst du ihn ausprobieren</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Move this part later (Alt+Down)</source>
        <translation>Diesen Teil nach hinten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move d&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of this part (Ctrl+D)</source>
        <translation>Eine Kopie dieses Teils hinzufügen (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this part out (Delete)</source>
        <translation>Diesen Teil herausnehmen (Entf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/screens/plans.py" line="+80"/>
        <source>&amp;Try it</source>
        <translation>Aus&amp;probieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the plan as it is now</source>
        <translation>Den Plan so starten, wie er gerade ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location filename="../../app/ui/screens/plan_import.py" line="+60"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (Esc)</source>
        <translation>Zurück zu deinen Plänen (Esc)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Your plan needs a name.</source>
        <translation>Dein Plan braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one part.</source>
        <translation>Füg mindestens einen Teil hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds at most {count} parts.</source>
        <translation>Ein Plan kann höchstens {count} Teile haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, needs a look</source>
        <translation>, bitte noch ansehen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parts, about {length}.</source>
        <translation>
            <numerusform>%n Teil, etwa {length}.</numerusform>
            <numerusform>%n Teile, etwa {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Keep your changes?</source>
        <translation>Deine Änderungen behalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your new plan</source>
        <translation>deinen neuen Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed “{title}” and haven&apos;t saved it yet.</source>
        <translation>Du hast „{title}“ geändert und noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It can&apos;t be saved yet: some fields need a look.</source>
        <translation>Er lässt sich noch nicht speichern: Bitte sieh dir die markierten Felder noch einmal an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave without saving</source>
        <translation>Gehen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep changing it</source>
        <translation>Weiter daran arbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_import.py" line="-14"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nothing and go back (Esc)</source>
        <translation>Nichts hinzufügen und zurückgehen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to my plans</source>
        <translation>Zu meinen &amp;Plänen hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steady can&apos;t use this plan</source>
        <translation>Steady kann diesen Plan nicht verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added. Steady could not use {file}:</source>
        <translation>Es wurde nichts hinzugefügt. Steady konnte {file} nicht verwenden:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan to look at</source>
        <translation>Ein Plan zum Ansehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file {file}. Nothing is added until you choose to.</source>
        <translation>Aus der Datei {file}. Es wird nichts hinzugefügt, bis du dich dafür entscheidest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (as the file says): {who}</source>
        <translation>Von (laut der Datei): {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parts, about {length}:</source>
        <translation>
            <numerusform>%n Teil, etwa {length}:</numerusform>
            <numerusform>%n Teile, etwa {length}:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You already have something called “{id}”. Nothing is replaced: this plan will be kept beside it as “{title}”.</source>
        <translation>Du hast schon etwas namens „{id}“. Nichts wird ersetzt: Dieser Plan wird daneben als „{title}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the plan holds</source>
        <translation>Was der Plan enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_parts.py" line="+39"/>
        <source>when you&apos;re ready</source>
        <translation>wenn du so weit bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your words: {text} · {how}</source>
        <translation>Deine Worte: {text} · {how}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note from {sender}: {text}</source>
        <translation>Eine Notiz von {sender}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note: {text}</source>
        <translation>Eine Notiz: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This needs a few words.</source>
        <translation>Hier fehlen noch ein paar Worte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is {length} characters long; {limit} fit. Please shorten it.</source>
        <translation>Das sind {length} Zeichen; {limit} passen hinein. Bitte kürz es etwas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This exercise no longer exists in Steady; please choose another or remove this part.</source>
        <translation>Diese Übung gibt es in Steady nicht mehr; bitte wähl eine andere oder entfern diesen Teil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holds characters that aren&apos;t text; please type it again.</source>
        <translation>Hier stehen Zeichen, die kein Text sind; bitte tipp es noch einmal ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which exercise</source>
        <translation>Welche Übung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>An exercise this version of Steady doesn&apos;t have ({id})</source>
        <translation>Eine Übung, die diese Version von Steady nicht hat ({id})</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Which e&amp;xercise</source>
        <translation>Welche Ü&amp;bung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How &amp;long</source>
        <translation>Wie &amp;lange</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not in this version of Steady: {id})</source>
        <translation>(nicht in dieser Version von Steady: {id})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your words</source>
        <translation>Deine Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Feet on the floor. Notice the ground holding you.</source>
        <translation>Zum Beispiel: Füße auf den Boden. Spür, wie der Boden dich trägt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>De&amp;ine Worte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on by itself after</source>
        <translation>Von selbst weitergehen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise it waits until you press Next</source>
        <translation>Sonst wartet es, bis du „Weiter“ drückst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the seconds, or use the Up and Down keys</source>
        <translation>Tipp die Sekunden ein, oder nimm die Pfeiltasten nach oben und unten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a time, it waits until you&apos;re ready.</source>
        <translation>Ohne Zeit wartet es, bis du so weit bist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the voice says instead</source>
        <translation>Was die Stimme stattdessen sagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to hear your words as written</source>
        <translation>Leer lassen, um deine Worte so zu hören, wie sie dastehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the voi&amp;ce says instead (if you like)</source>
        <translation>Was die Sti&amp;mme stattdessen sagt (wenn du magst)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: Try this before the call.</source>
        <translation>Zum Beispiel: Probier das vor dem Anruf aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is from</source>
        <translation>Von wem sie kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sam, 3 March</source>
        <translation>Zum Beispiel: Sam, 3. März</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is &amp;from (if you like)</source>
        <translation>&amp;Von wem sie kommt (wenn du magst)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plans.py" line="-37"/>
        <location line="+13"/>
        <source>Your own plans</source>
        <translation>Deine eigenen Pläne</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Plans you make, on your own or with someone you trust, such as your therapist. Each one is on the start screen. Export a plan to hand it over as one file; open a plan file you were given to add it here.</source>
        <translation>Pläne, die du machst, allein oder mit jemandem, dem du vertraust, etwa deiner Therapeutin oder deinem Therapeuten. Jeder davon steht auf der Startseite. Exportier einen Plan, um ihn als eine Datei weiterzugeben; öffne eine Plandatei, die du bekommen hast, um sie hier hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter changes the chosen plan</source>
        <translation>Mit der Eingabetaste änderst du den gewählten Plan</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} · %n parts, about {length}</source>
        <translation>
            <numerusform>{title} · %n Teil, etwa {length}</numerusform>
            <numerusform>{title} · %n Teile, etwa {length}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No plans yet. A new plan takes a minute or two, and you can change it later.</source>
        <translation>Noch keine Pläne. Ein neuer Plan dauert ein, zwei Minuten, und du kannst ihn später ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new plan</source>
        <translation>Einen neuen Plan erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change</source>
        <translation>Än&amp;dern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen plan</source>
        <translation>Den gewählten Plan ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the chosen plan</source>
        <translation>Den gewählten Plan starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan as one file</source>
        <translation>Den Plan als eine Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen plan</source>
        <translation>Den gewählten Plan entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open a plan file…</source>
        <translation>Eine Plandatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan someone gave you (Ctrl+O)</source>
        <translation>Einen Plan hinzufügen, den dir jemand gegeben hat (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+72"/>
        <source>A plan file can&apos;t be read: {problem}</source>
        <translation>Eine Plandatei lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The plan could not be saved ({reason}). Your changes are still here.</source>
        <translation>Der Plan konnte nicht gespeichert werden ({reason}). Deine Änderungen sind noch da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export a plan</source>
        <translation>Einen Plan exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady plans (*.steady)</source>
        <translation>Steady-Pläne (*.steady)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan could not be exported ({reason}).</source>
        <translation>Der Plan konnte nicht exportiert werden ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported “{title}” to {file}.</source>
        <translation>„{title}“ wurde nach {file} exportiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this plan?</source>
        <translation>Diesen Plan löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”? This can&apos;t be undone; export it first if you may want it again.</source>
        <translation>„{title}“ löschen? Das lässt sich nicht rückgängig machen; exportier ihn vorher, falls du ihn noch einmal brauchen könntest.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Steady plans and exercises (*.steady *.toml)</source>
        <translation>Steady-Pläne und -Übungen (*.steady *.toml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A plan to look at · Steady</source>
        <translation>Ein Plan zum Ansehen · Steady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan could not be added ({reason}).</source>
        <translation>Der Plan konnte nicht hinzugefügt werden ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is now in your plans and on the start screen.</source>
        <translation>„{title}“ ist jetzt in deinen Plänen und auf der Startseite.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/core/preferences.py" line="+62"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours, or follow the system.</source>
        <translation>Helle, dunkle oder kontrastreiche Farben, oder wie im System eingestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text and buttons larger.</source>
        <translation>Allen Text und alle Schaltflächen größer machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Steady&apos;s words. Takes effect when Steady opens.</source>
        <translation>Die Sprache, in der Steady mit dir spricht. Gilt ab dem nächsten Öffnen von Steady.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moving pacer, or a still one (a countdown and a progress bar), or follow the system&apos;s reduce-motion preference.</source>
        <translation>Ein bewegter Atemkreis oder eine ruhige Anzeige (ein Countdown und ein Fortschrittsbalken), oder wie im System unter „Bewegung reduzieren“ eingestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still</source>
        <translation>Ohne Bewegung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip the holds</source>
        <translation>Ohne Atemanhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out breath holds in patterns that have them (box, 4-7-8).</source>
        <translation>Das Atemanhalten in Mustern auslassen, die es haben (Box, 4-7-8).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Notice” wording</source>
        <translation>Formulierung „Wahrnehmen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can&apos;t see or hear.</source>
        <translation>In der 5-4-3-2-1-Übung „wahrnehmen“ statt „sehen“ und „hören“ sagen, für alle, die nicht sehen oder nicht hören können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-key shortcuts</source>
        <translation>Kürzel mit einer Taste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys like Space, S or V act on their own. Turn off if you press keys by accident; the Ctrl shortcuts and Tab still work.</source>
        <translation>Tasten wie Leertaste, S oder V wirken allein. Schalt das aus, wenn du aus Versehen Tasten drückst; die Kürzel mit Strg und die Tab-Taste funktionieren weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell screen readers</source>
        <translation>Screenreader informieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen readers say each new breathing phase and step as it begins.</source>
        <translation>Screenreader sagen jede neue Atemphase und jeden neuen Schritt an, sobald sie beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the prompts aloud</source>
        <translation>Anleitung vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm offline voice says each phase and step. Off until you turn it on.</source>
        <translation>Eine ruhige Stimme auf deinem Computer spricht jede Phase und jeden Schritt. Aus, bis du sie einschaltest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chime</source>
        <translation>Klang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound as each breathing phase begins (rising to breathe in, falling to breathe out), with the words or instead of them.</source>
        <translation>Ein sanfter Klang zu Beginn jeder Atemphase (steigend beim Einatmen, fallend beim Ausatmen), mit den Worten oder statt ihrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chime</source>
        <translation>Kein Klang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chime and words</source>
        <translation>Klang und Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime instead of words</source>
        <translation>Klang statt Worten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/dialogs/settings.py" line="+30"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which voice reads the prompts; empty for the usual one.</source>
        <translation>Welche Stimme die Anleitung vorliest; leer für die übliche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask how I feel before and after</source>
        <translation>Fragen, wie es mir geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 0 to 10 check-in before and after each exercise; one key skips it. Your answers stay on this computer.</source>
        <translation>Eine Frage von 0 bis 10 vor und nach jeder Übung; eine Taste überspringt sie. Deine Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country for helplines</source>
        <translation>Land für Hilfetelefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s helplines to show first.</source>
        <translation>Die Hilfetelefone welches Landes zuerst gezeigt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome shown</source>
        <translation>Begrüßung gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run welcome has been seen.</source>
        <translation>Die Begrüßung beim ersten Start wurde gesehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told how to keep the small window on top</source>
        <translation>Gesagt, wie das kleine Fenster vorne bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the desktop can&apos;t keep it on top (Wayland), Steady has said how, once.</source>
        <translation>Wo die Oberfläche es nicht vorne halten kann (Wayland), hat Steady einmal gesagt, wie es geht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the window was</source>
        <translation>Wo das Fenster war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s screen, position, size and whether it was maximised.</source>
        <translation>Bildschirm, Position und Größe des Fensters, und ob es maximiert war.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the voice speaks.</source>
        <translation>Wie schnell die Stimme spricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words a minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How loud the voice is.</source>
        <translation>Wie laut die Stimme ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="-4"/>
        <source>How it looks</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Frage vorher und nachher</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Try the voice</source>
        <translation>Stimme ausprobieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear the voice with these settings</source>
        <translation>Die Stimme mit diesen Einstellungen hören</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice isn&apos;t available right now: {reason}.</source>
        <translation>Die Stimme ist gerade nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the settings; every change is already kept (Esc)</source>
        <translation>Die Einstellungen schließen; jede Änderung ist schon gespeichert (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>The usual voice</source>
        <translation>Die übliche Stimme</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../app/ui/screens/step_views.py" line="+97"/>
        <source>Keep the words I choose</source>
        <translation>Die Worte behalten, die ich wähle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your notes on this computer. Off unless you turn it on: otherwise nothing you pick is saved</source>
        <translation>Sie kommen in deine Notizen auf diesem Computer. Aus, bis du es einschaltest: Sonst wird nichts gespeichert, was du auswählst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I feel {word}</source>
        <translation>Ich fühle mich {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Right now I feel: {words}.</source>
        <translation>Gerade fühle ich mich: {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A time you laughed until you cried.</source>
        <translation>Ein Moment, in dem du gelacht hast, bis dir die Tränen kamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who makes you feel at home.</source>
        <translation>Ein Mensch, bei dem du dich zu Hause fühlst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place where you felt safe and easy.</source>
        <translation>Ein Ort, an dem du dich sicher und leicht gefühlt hast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small kindness someone showed you.</source>
        <translation>Eine kleine Freundlichkeit, die dir jemand erwiesen hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another memory</source>
        <translation>Eine andere Erinnerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a different one of your memories</source>
        <translation>Zeigt dir eine weitere, die du aufgeschrieben hast</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>My memories…</source>
        <translation>Meine Erinnerungen…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add, change or remove your own memories</source>
        <translation>Eigene Erinnerungen hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{memory}”</source>
        <translation>„{memory}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing saved here yet, and that&apos;s fine. You might think of:
{ideas}</source>
        <translation>Hier ist noch nichts gespeichert, und das ist in Ordnung. Vielleicht denkst du an:
{ideas}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my memories…</source>
        <translation>Meine Erinnerungen hinzufügen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{taps} of {count} found</source>
        <translation>{taps} von {count} gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taps} of {count}  ·  Space or “Found one” for each</source>
        <translation>{taps} von {count}  ·  Leertaste oder „Gefunden“ für jedes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/steps.py" line="-178"/>
        <source>%n steps, about {length}.</source>
        <translation>
            <numerusform>%n Schritt, etwa {length}.</numerusform>
            <numerusform>%n Schritte, etwa {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}. About {length}.</source>
        <translation>{parts}. Etwa {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “notice” wording</source>
        <translation>Formulierung „Wahrnehmen“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For anyone who can&apos;t see or hear: “notice” instead of “see” and “hear”</source>
        <translation>Für alle, die nicht sehen oder nicht hören können: „wahrnehmen“ statt „sehen“ und „hören“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How far through the whole exercise</source>
        <translation>Wie weit die ganze Übung schon ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous step</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back one step (Left arrow)</source>
        <translation>Einen Schritt zurück (Pfeil nach links)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The next step (Right arrow)</source>
        <translation>Der nächste Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>← → change step</source>
        <translation>← → Schritt wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space counts</source>
        <translation>Leertaste zählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space finishes</source>
        <translation>Leertaste schließt ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space goes on</source>
        <translation>Leertaste geht weiter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This step: {time}.</source>
        <translation>Dieser Schritt: noch {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found} of {count} found.</source>
        <translation>{found} von {count} gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step waits for you.</source>
        <translation>Dieser Schritt wartet auf dich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {time} left in all.</source>
        <translation>Insgesamt noch etwa {time}.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part {number} of {count}  ·  {part}</source>
        <translation>Teil {number} von {count}  ·  {part}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you&apos;re ready</source>
        <translation>Wenn du so weit bist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{length} left</source>
        <translation>noch {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s left</source>
        <translation>noch {seconds} s</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+102"/>
        <source>Found one</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>Skip ahead</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
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
        <translation>Jetzt Halt finden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show or hide Steady</source>
        <translation>Steady zeigen oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small window</source>
        <translation>Kleines Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Steady beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Let it out</source>
        <translation>Lass es raus</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../app/ui/services/narration.py" line="+21"/>
        <source>no sound output was found on this computer</source>
        <translation>auf diesem Computer wurde keine Tonausgabe gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the espeak-ng speech library is not installed (package libespeak-ng1)</source>
        <translation>die Sprachbibliothek espeak-ng ist nicht installiert (Paket libespeak-ng1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the voice is not set up</source>
        <translation>die Stimme ist nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer has no voice for {language}</source>
        <translation>dieser Computer hat keine Stimme für {language}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../app/ui/screens/why_ok.py" line="+14"/>
        <source>A survey</source>
        <translation>Eine Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study</source>
        <translation>Eine Studie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One estimate</source>
        <translation>Eine Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review of studies</source>
        <translation>Eine Übersicht über Studien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link seen in studies, not proof of cause</source>
        <translation>Ein Zusammenhang aus Studien, kein Beweis für eine Ursache</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Warum Weinen in Ordnung ist</translation>
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
        <location filename="../../app/ui/screens/exercise_pages.py" line="-129"/>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+0"/>
        <source>You can stop at any moment.</source>
        <translation>Du kannst jederzeit aufhören.</translation>
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
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+6"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+13"/>
        <source>Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, does not diagnose or treat anything, and is not a substitute for therapy or care.</source>
        <translation>Steady ist für Entspannung und zum Ankommen im Hier und Jetzt da, für dein Wohlbefinden. Es ist kein Medizinprodukt, stellt keine Diagnosen, behandelt nichts und ersetzt weder Therapie noch ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stays on this computer, in files only you can read: no account, no network, no analytics. You can export your history or delete all of it at any time (Steady → My history).</source>
        <translation>Alles bleibt auf diesem Computer, in Dateien, die nur du lesen kannst: kein Konto, keine Internetverbindung, kein Tracking. Du kannst deinen Verlauf jederzeit exportieren oder ganz löschen (Steady → Mein Verlauf).</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="+90"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency numbers and helplines (Ctrl+H)</source>
        <translation>Notrufe und Hilfetelefone (Strg+H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+33"/>
        <source>&amp;Steady</source>
        <translation>&amp;Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;start</source>
        <translation>Zur &amp;Startseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a plan…</source>
        <translation>Plan &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;memories…</source>
        <translation>Meine &amp;Erinnerungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;history</source>
        <translation>Mein &amp;Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Steady &amp;beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep things st&amp;ill (no motion)</source>
        <translation>&amp;Ohne Bewegung (keine Animation)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>My &amp;plans</source>
        <translation>Meine &amp;Pläne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Small &amp;window on top</source>
        <translation>&amp;Kleines Fenster im Vordergrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>Text k&amp;leiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usual text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Follow the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>Hoher Kon&amp;trast</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Need help now?</source>
        <translation>Brauchst du jetzt &amp;Hilfe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it&apos;s OK to cry</source>
        <translation>&amp;Warum Weinen in Ordnung ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Steady</source>
        <translation>Ü&amp;ber Steady</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="+152"/>
        <source>Let it out · Steady</source>
        <translation>Lass es raus · Steady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it&apos;s OK to cry · Steady</source>
        <translation>Warum Weinen in Ordnung ist · Steady</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your history · Steady</source>
        <translation>Dein Verlauf · Steady</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/ui/services/planning.py" line="-131"/>
        <location line="+18"/>
        <source>Your own plans · Steady</source>
        <translation>Deine eigenen Pläne · Steady</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Aufgehört</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+82"/>
        <source>Import a plan</source>
        <translation>Einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/own_things.py" line="+69"/>
        <source>This plan can&apos;t be used</source>
        <translation>Dieser Plan lässt sich nicht verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied. Steady could not use {file}:</source>
        <translation>Es wurde nichts kopiert. Steady konnte {file} nicht verwenden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan added</source>
        <translation>Plan hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is now on the start screen.</source>
        <translation>„{title}“ ist jetzt auf der Startseite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/keeping.py" line="+74"/>
        <source>Would it help to talk to someone?</source>
        <translation>Würde es dir helfen, mit jemandem zu reden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to someone you trust, or to a helpline, can help.</source>
        <translation>Mit jemandem zu reden, dem du vertraust, oder mit einem Hilfetelefon, kann helfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who you can talk to</source>
        <translation>Mit wem kann ich reden?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export your history</source>
        <translation>Deinen Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History exported</source>
        <translation>Verlauf exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions were saved to {file}.</source>
        <translation>
            <numerusform>%n Übung wurde in {file} gespeichert.</numerusform>
            <numerusform>%n Übungen wurden in {file} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all my data?</source>
        <translation>Alle meine Daten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes your history, check-ins, memories, kept words, your own exercises and plans, and your settings from this computer. It can&apos;t be undone.</source>
        <translation>Damit werden dein Verlauf, deine Antworten, Erinnerungen und behaltenen Worte, deine eigenen Übungen und Pläne und deine Einstellungen von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were removed. Steady keeps nothing about you now.</source>
        <translation>
            <numerusform>%n Datei wurde entfernt. Steady speichert jetzt nichts mehr über dich.</numerusform>
            <numerusform>%n Dateien wurden entfernt. Steady speichert jetzt nichts mehr über dich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some history files could not be removed: {reason}</source>
        <translation>Einige Verlaufsdateien konnten nicht entfernt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+13"/>
        <source>Welcome to Steady</source>
        <translation>Willkommen bei Steady</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/notes.py" line="+25"/>
        <source>A note about your files</source>
        <translation>Ein Hinweis zu deinen Dateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+10"/>
        <source>About Steady</source>
        <translation>Über Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm companion for moments of tears or overwhelm: crying is OK, and gentle exercises are here if you want a moment to steady yourself.</source>
        <translation>Eine ruhige Begleitung für Momente voller Tränen oder Überforderung: Weinen ist in Ordnung, und sanfte Übungen sind da, wenn du einen Moment lang Halt finden möchtest.</translation>
    </message>
</context>
</TS>
