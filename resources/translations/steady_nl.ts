<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="+58"/>
        <source>Start breathing with the pacer (Space)</source>
        <translation>Met de ademcirkel ademen (Spatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe again</source>
        <translation>Nog eens ademen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How long:</source>
        <translation>Hoe lang:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Breathe for %n minutes</source>
        <translation>
            <numerusform>%n minuut ademen</numerusform>
            <numerusform>%n minuten ademen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip the holds</source>
        <translation>Zonder vasthouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the moments of holding the breath</source>
        <translation>De momenten overslaan waarop je je adem vasthoudt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eyes closed (E)</source>
        <translation>Ogen dicht (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound rises as you breathe in and falls as you breathe out, with the words if the voice is on</source>
        <translation>Het geluid gaat omhoog als je inademt en omlaag als je uitademt, met de woorden als de stem aan staat</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>How far through this part of the breath</source>
        <translation>Hoe ver je bent in dit deel van de ademhaling</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How far through the whole exercise</source>
        <translation>Hoe ver je bent in de hele oefening</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>{phase}, %n seconds left</source>
        <translation>
            <numerusform>{phase}, nog %n seconde</numerusform>
            <numerusform>{phase}, nog %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Breath {number} of {count}</source>
        <translation>Ademhaling {number} van {count}</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Getting ready</source>
        <translation>Het begint zo</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{where}  ·  {time} left</source>
        <translation>{where}  ·  nog {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You gave yourself a few minutes.</source>
        <translation>Je hebt jezelf een paar minuten gegund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a moment</source>
        <translation>een moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You breathed with the pacer for {length}. Come back to it whenever you want.</source>
        <translation>Je hebt {length} met de ademcirkel geademd. Kom terug wanneer je maar wilt.</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+212"/>
        <source>Eyes closed. Listen for the sounds. Esc stops.</source>
        <translation>Ogen dicht. Volg de geluiden. Esc stopt.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>E: eyes closed is on</source>
        <translation>E: ogen dicht staat aan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sounds for each phase are off.</source>
        <translation>De geluiden bij elke fase staan uit.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n breaths, about {length}.</source>
        <translation>
            <numerusform>%n ademhaling, ongeveer {length}.</numerusform>
            <numerusform>%n ademhalingen, ongeveer {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../app/ui/screens/checkin.py" line="+43"/>
        <source>{value} out of 10</source>
        <translation>{value} van de 10</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skip the check-in (Esc)</source>
        <translation>De vraag overslaan (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press 0 to 9</source>
        <translation>Druk op 0 tot en met 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← → then Enter for 10</source>
        <translation>← → en dan Enter voor 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc skips</source>
        <translation>Esc slaat over</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before you start, if you like</source>
        <translation>Voor je begint, als je wilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now that you&apos;ve finished, if you like</source>
        <translation>Nu je klaar bent, als je wilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you go on, if you like</source>
        <translation>Voor je verdergaat, als je wilt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="-79"/>
        <source>{where}. {time} left.</source>
        <translation>{where}. Nog {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ui/screens/exercise.py" line="+154"/>
        <source>However you feel now is fine. Stay here as long as you like.</source>
        <translation>Hoe je je nu ook voelt, het is goed. Blijf hier zo lang je wilt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/screens/exercise.py" line="+3"/>
        <source>Stopping is always fine.</source>
        <translation>Stoppen mag altijd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise.py" line="-70"/>
        <location line="+261"/>
        <location filename="../../app/ui/screens/steps.py" line="+248"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Pause or resume (Space)</source>
        <translation>Pauzeren of hervatten (Spatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+260"/>
        <location filename="../../app/ui/screens/steps.py" line="+0"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the exercise (Esc). Stopping is always fine.</source>
        <translation>De oefening stoppen (Esc). Stoppen mag altijd.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You took a moment for yourself.</source>
        <translation>Je hebt een moment voor jezelf genomen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come back to this whenever you want, or try something else.</source>
        <translation>Kom terug wanneer je maar wilt, of probeer iets anders.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Space resumes</source>
        <translation>Spatie hervat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space pauses</source>
        <translation>Spatie pauzeert</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+48"/>
        <source>Read the prompts aloud</source>
        <translation>Aanwijzingen voorlezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline voice says each phase or step; the words stay on screen</source>
        <translation>Een stem op je eigen computer zegt elke fase of stap; de woorden blijven op het scherm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep things still</source>
        <translation>Zonder beweging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show words, a countdown and a progress bar instead of movement</source>
        <translation>Woorden, aftellen en een voortgangsbalk tonen in plaats van beweging</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start screen (Esc)</source>
        <translation>Terug naar het startscherm (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin (Space)</source>
        <translation>Beginnen (Spatie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space starts</source>
        <translation>Spatie begint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter ticks or presses</source>
        <translation>Enter vinkt aan of klikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc goes back</source>
        <translation>Esc gaat terug</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See who you can talk to</source>
        <translation>Met wie kan ik praten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helplines and other people to reach, now or later</source>
        <translation>Hulplijnen en andere mensen die je kunt bereiken, nu of later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Once more</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go through this exercise again</source>
        <translation>Deze oefening nog een keer doen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start</source>
        <translation>Naar het startscherm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc gaat daar ook heen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esc goes back to the start</source>
        <translation>Esc gaat terug naar het startscherm</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Paused for the help panel. Space goes on whenever you&apos;re ready.</source>
        <translation>Gepauzeerd voor het hulpvenster. Met Spatie ga je verder als je er klaar voor bent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while your computer was away. Resume whenever you&apos;re ready.</source>
        <translation>Gepauzeerd omdat je computer in de slaapstand stond. Hervat als je er klaar voor bent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume whenever you&apos;re ready.</source>
        <translation>Gepauzeerd. Hervat als je er klaar voor bent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice is on, now and for the next exercises (Settings can change that).</source>
        <translation>De stem staat aan, nu en bij de volgende oefeningen (te wijzigen in Instellingen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice is off, now and for the next exercises (Settings can change that).</source>
        <translation>De stem staat uit, nu en bij de volgende oefeningen (te wijzigen in Instellingen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/run_keys.py" line="+26"/>
        <source>T time left</source>
        <translation>T resterende tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Esc stopt</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/voice_controls.py" line="+26"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the prompts aloud, or not (V)</source>
        <translation>Aanwijzingen wel of niet voorlezen (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Voice: on</source>
        <translation>Stem: aan</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Voice: off</source>
        <translation>Stem: uit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice isn&apos;t available right now ({reason}), so the words stay on screen.</source>
        <translation>De stem is nu niet beschikbaar ({reason}), dus de woorden blijven op het scherm.</translation>
    </message>
</context>
<context>
    <name>Gaze</name>
    <message>
        <location filename="../../app/core/gaze.py" line="+15"/>
        <source>Close</source>
        <translation>Ogen dicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ogen open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner {number} of 4</source>
        <translation>Hoek {number} van 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/gaze.py" line="+23"/>
        <source>A dot for your eyes to follow</source>
        <translation>Een stip die je ogen kunnen volgen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/dialogs/help.py" line="+48"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Need help now?</source>
        <translation>Nu hulp nodig?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your country (no location is looked up):</source>
        <translation>Je land (je locatie wordt niet opgezocht):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your country</source>
        <translation>Je land</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anywhere else: {name} ({address}). {text}</source>
        <translation>Elders: {name} ({address}). {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close this list (Esc)</source>
        <translation>Deze lijst sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esc closes</source>
        <translation>Esc sluit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call your local emergency number.</source>
        <translation>Bel het noodnummer van het land waar je bent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency in {country}: {number}</source>
        <translation>Noodnummer in {country}: {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No helpline for this country is stored yet: please use the directory below.</source>
        <translation>Voor dit land is nog geen hulplijn opgeslagen: gebruik de lijst hieronder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {date}.</source>
        <translation>Laatst gecontroleerd: {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet checked.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/screens/history.py" line="+53"/>
        <source>Chart of your check-ins before and after each exercise</source>
        <translation>Grafiek van je antwoorden voor en na elke oefening</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n exercises with check-ins; on average the rating changed by {change} points</source>
        <translation>
            <numerusform>%n oefening met antwoorden; gemiddeld veranderde het getal met {change} punten</numerusform>
            <numerusform>%n oefeningen met antwoorden; gemiddeld veranderde het getal met {change} punten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check-ins yet</source>
        <translation>Nog geen antwoorden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your check-ins will appear here.</source>
        <translation>Je antwoorden komen hier te staan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your history</source>
        <translation>Je geschiedenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins before (○) and after (●) each exercise, 0 settled to 10 the most distressed. It stays on this computer.</source>
        <translation>Je antwoorden voor (○) en na (●) elke oefening, van 0 (rustig) tot 10 (zo van streek als maar kan). Ze blijven op deze computer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped early</source>
        <translation>eerder gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. After an exercise, it will be listed here.</source>
        <translation>Hier staat nog niets. Na een oefening zie je die hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sessions</source>
        <translation>Je oefeningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of your history as a spreadsheet file</source>
        <translation>Een kopie van je geschiedenis opslaan als spreadsheetbestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Al mijn gegevens verwijderen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every file Steady keeps about you</source>
        <translation>Elk bestand verwijderen dat Steady over jou bewaart</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../app/ui/screens/home.py" line="+58"/>
        <source>Start</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It&apos;s OK to cry.</source>
        <translation>Huilen mag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crying is a normal human reaction. There&apos;s nothing to apologise for, and no need to hold the tears back. Take all the time you need.</source>
        <translation>Huilen is een normale menselijke reactie. Je hoeft je nergens voor te verontschuldigen, en je hoeft je tranen niet in te houden. Neem alle tijd die je nodig hebt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Waarom huilen mag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts about crying, with their sources</source>
        <translation>Feiten over huilen, met hun bronnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let it out</source>
        <translation>Laat het eruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay with the tears. No timer, nothing to do, a soft breath nearby. Press L.</source>
        <translation>Blijf bij je tranen. Geen tijd die wegtikt, niets te doen, alleen een zachte ademcirkel als je wilt. Druk op L.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steady myself</source>
        <translation>Houvast vinden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{summary} Press S.</source>
        <translation>{summary} Druk op S.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or choose what might help</source>
        <translation>Of kies wat je zou kunnen helpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to breathe</source>
        <translation>Andere manieren van ademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own plans</source>
        <translation>Je eigen plannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exercises could be loaded. Steady&apos;s files may be damaged; please reinstall.</source>
        <translation>Er konden geen oefeningen worden geladen. De bestanden van Steady zijn misschien beschadigd; installeer Steady opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your history</source>
        <translation>Je geschiedenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your past exercises and check-ins (Ctrl+Y)</source>
        <translation>Je eerdere oefeningen en antwoorden (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a plan</source>
        <translation>Een plan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans: make one, change one, or share one (Ctrl+P)</source>
        <translation>Je eigen plannen: een plan maken, wijzigen of delen (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathe slowly</source>
        <translation>Langzaam ademen</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <location filename="../../app/ui/screens/info.py" line="+27"/>
        <source>Back to the start</source>
        <translation>Naar het startscherm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc gaat daar ook heen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc goes back</source>
        <translation>Esc gaat terug</translation>
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
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>One-key shortcuts are switched off (Settings), so the keys marked “off” do nothing.</source>
        <translation>Sneltoetsen met één toets staan uit (Instellingen), dus de toetsen met “uit” erachter doen niets.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{does} (off)</source>
        <translation>{does} (uit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the list of keys (Esc)</source>
        <translation>De lijst met toetsen sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/keys.py" line="+33"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
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
        <translation>Deze toetsen tonen</translation>
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
        <translation>Nu hulp nodig? Noodnummers en hulplijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous button</source>
        <translation>Naar de volgende of vorige knop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the highlighted button (Space too, outside an exercise)</source>
        <translation>De gemarkeerde knop indrukken (buiten een oefening ook met Spatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start</source>
        <translation>Naar het startscherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your history</source>
        <translation>Je geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans</source>
        <translation>Je eigen plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a plan someone gave you</source>
        <translation>Een plan importeren dat je van iemand hebt gekregen</translation>
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
        <translation>Klein venster dat bovenop blijft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+−</source>
        <translation>Ctrl+−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual text size</source>
        <translation>Normale tekstgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Steady afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screen</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steady me now: begin at once</source>
        <translation>Nu houvast vinden: meteen beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it out</source>
        <translation>Laat het eruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During an exercise</source>
        <translation>Tijdens een oefening</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Start, pause or go on (in grounding: count one)</source>
        <translation>Beginnen, pauzeren of verdergaan (bij 5-4-3-2-1: één tellen)</translation>
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
        <translation>Stoppen of teruggaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice on or off, from now on</source>
        <translation>Stem aan of uit, vanaf nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say how much is left (for screen readers)</source>
        <translation>Zeggen hoeveel tijd er nog is (voor schermlezers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eyes closed: a sound for each breathing phase, on or off</source>
        <translation>Ogen dicht: een geluid bij elke ademfase, aan of uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→  ←</source>
        <translation>→  ←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous step</source>
        <translation>Volgende of vorige stap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing a plan</source>
        <translation>Een plan wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+↑  Alt+↓</source>
        <translation>Alt+↑  Alt+↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen part earlier or later</source>
        <translation>Het gekozen onderdeel naar voren of naar achteren verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the chosen part</source>
        <translation>Het gekozen onderdeel dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen part (in the list of parts)</source>
        <translation>Het gekozen onderdeel verwijderen (in de lijst met onderdelen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>Het plan opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (asks first if something isn&apos;t saved)</source>
        <translation>Terug naar je plannen (vraagt eerst als iets nog niet is opgeslagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you feel?</source>
        <translation>Hoe voel je je?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 9</source>
        <translation>0 tot en met 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer with that number</source>
        <translation>Met dat getal antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>←  →, Enter</source>
        <translation>←  →, Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose any number up to 10, then answer</source>
        <translation>Een getal tot en met 10 kiezen, dan antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>Klein venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it at once</source>
        <translation>Meteen verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or go on</source>
        <translation>Pauzeren of verdergaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the big window</source>
        <translation>Terug naar het grote venster</translation>
    </message>
</context>
<context>
    <name>LetItOut</name>
    <message>
        <location filename="../../app/ui/screens/let_it_out.py" line="+53"/>
        <source>Let it out.</source>
        <translation>Laat het eruit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You don&apos;t have to do anything right now. Cry as much as you need to; the tears can come and go in their own time. If it helps, let your breath follow the circle.</source>
        <translation>Je hoeft nu niets te doen. Je mag zoveel huilen als je nodig hebt; de tranen mogen komen en gaan wanneer ze willen. Als het helpt, kun je je adem de cirkel laten volgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A soft circle that slowly grows and shrinks, if you want to breathe with it</source>
        <translation>Een zachte cirkel die langzaam groter en kleiner wordt, als je wilt meeademen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the start</source>
        <translation>Naar het startscherm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc gaat daar ook heen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to steady myself</source>
        <translation>Ik wil houvast vinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of gentle exercises, when you want them</source>
        <translation>Een paar minuten rustige oefeningen, wanneer je wilt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc goes back to the start</source>
        <translation>Esc gaat terug naar het startscherm</translation>
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
        <translation>Mijn herinneringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm or funny moments to come back to</source>
        <translation>Warme of grappige momenten om aan terug te denken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One memory per line: where you were, who was there, what was said. They stay on this computer and nowhere else.</source>
        <translation>Eén herinnering per regel: waar je was, wie er waren, wat er werd gezegd. Ze blijven op deze computer en nergens anders.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My memories, one per line</source>
        <translation>Mijn herinneringen, één per regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day we got the giggles at the bus stop…</source>
        <translation>De dag dat we bij de bushalte de slappe lach kregen…</translation>
    </message>
</context>
<context>
    <name>Mini</name>
    <message>
        <location filename="../../app/ui/services/mini.py" line="+35"/>
        <source>Steady · small window</source>
        <translation>Steady · klein venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady, small window</source>
        <translation>Steady, klein venster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Pause or go on (Space)</source>
        <translation>Pauzeren of verdergaan (Spatie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big window</source>
        <translation>Groot venster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the big window (Ctrl+M)</source>
        <translation>Terug naar het grote venster (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this window at once (Esc)</source>
        <translation>Dit venster meteen verbergen (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Go on</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crying is OK. Take the time you need.</source>
        <translation>Huilen mag. Neem de tijd die je nodig hebt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steady me now</source>
        <translation>Nu houvast vinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/presence.py" line="+62"/>
        <source>This desktop doesn&apos;t let Steady keep this window on top. To keep it there, right-click its title bar and choose Always on Top.</source>
        <translation>Deze desktop laat Steady dit venster niet zelf bovenop houden. Klik daarvoor met de rechtermuisknop op de titelbalk en kies “Altijd bovenop”.</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <location filename="../../app/ui/parts/pacer.py" line="+40"/>
        <source>Breathing pacer</source>
        <translation>Ademcirkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Een cirkel die groter wordt als je inademt en kleiner als je uitademt</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../app/core/exercise.py" line="+31"/>
        <source>Breathe in</source>
        <translation>Inademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Nog wat meer in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold, gently</source>
        <translation>Zacht vasthouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Uitademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../app/ui/screens/plan_editor.py" line="+77"/>
        <source>Change your plan</source>
        <translation>Je plan wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new plan</source>
        <translation>Een nieuw plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put together what helps you, in the order you want: Steady&apos;s exercises, steps in your own words, a note from someone. Nothing leaves this computer unless you export it.</source>
        <translation>Zet bij elkaar wat jou helpt, in de volgorde die je wilt: oefeningen van Steady, stappen in je eigen woorden, een notitie van iemand. Niets verlaat deze computer, tenzij je het exporteert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the plan</source>
        <translation>Naam van het plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Before the call</source>
        <translation>Bijvoorbeeld: Voor het gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me of the plan</source>
        <translation>&amp;Naam van het plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, in order</source>
        <translation>Onderdelen, op volgorde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts of the plan</source>
        <translation>Onderdelen van het plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move a part, Ctrl+D makes a copy, Delete removes it</source>
        <translation>Alt+pijl-omhoog en Alt+pijl-omlaag verplaatsen een onderdeel, Ctrl+D maakt een kopie, Delete verwijdert het</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Steady &amp;exercise</source>
        <translation>Een Steady-&amp;oefening toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own &amp;words</source>
        <translation>Eigen &amp;woorden toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note</source>
        <translation>Een no&amp;titie toevoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a part to begin: an exercise, your own words or a note.</source>
        <translation>Voeg een eerste onderdeel toe: een oefening, je eigen woorden of een notitie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part earlier (Alt+Up)</source>
        <translation>Dit onderdeel naar voren verplaatsen (Alt+pijl-omhoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part later (Alt+Down)</source>
        <translation>Dit onderdeel naar achteren verplaatsen (Alt+pijl-omlaag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of this part (Ctrl+D)</source>
        <translation>Een kopie van dit onderdeel toevoegen (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this part out (Delete)</source>
        <translation>Dit onderdeel eruit halen (Delete)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/screens/plans.py" line="+80"/>
        <source>&amp;Try it</source>
        <translation>&amp;Proberen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the plan as it is now</source>
        <translation>Het plan starten zoals het nu is</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>S&amp;ave</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Keep it in your own plans</source>
        <translation>Bewaren bij je eigen plannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../app/ui/screens/plan_import.py" line="+60"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (Esc)</source>
        <translation>Terug naar je plannen (Esc)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Your plan needs a name.</source>
        <translation>Je plan heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one part.</source>
        <translation>Voeg minstens één onderdeel toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds at most {count} parts.</source>
        <translation>Een plan heeft hoogstens {count} onderdelen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, needs a look</source>
        <translation>, nog even nakijken</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parts, about {length}.</source>
        <translation>
            <numerusform>%n onderdeel, ongeveer {length}.</numerusform>
            <numerusform>%n onderdelen, ongeveer {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Once the marked fields are sorted, you can try it</source>
        <translation>Als de gemarkeerde velden in orde zijn, kun je het proberen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep your changes?</source>
        <translation>Je wijzigingen bewaren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your new plan</source>
        <translation>je nieuwe plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed “{title}” and haven&apos;t saved it yet.</source>
        <translation>Je hebt “{title}” gewijzigd en nog niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It can&apos;t be saved yet: some fields need a look.</source>
        <translation>Het kan nog niet worden opgeslagen: een paar velden moet je nog even nakijken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave without saving</source>
        <translation>Weggaan zonder op te slaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep changing it</source>
        <translation>Verder wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_import.py" line="-14"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nothing and go back (Esc)</source>
        <translation>Niets toevoegen en teruggaan (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to my plans</source>
        <translation>&amp;Toevoegen aan mijn plannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steady can&apos;t use this plan</source>
        <translation>Steady kan dit plan niet gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added. Steady could not use {file}:</source>
        <translation>Er is niets toegevoegd. Steady kon {file} niet gebruiken:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan to look at</source>
        <translation>Een plan om te bekijken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file {file}. Nothing is added until you choose to.</source>
        <translation>Uit het bestand {file}. Er wordt niets toegevoegd tot je daarvoor kiest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (as the file says): {who}</source>
        <translation>Van (volgens het bestand): {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parts, about {length}:</source>
        <translation>
            <numerusform>%n onderdeel, ongeveer {length}:</numerusform>
            <numerusform>%n onderdelen, ongeveer {length}:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You already have something called “{id}”. Nothing is replaced: this plan will be kept beside it as “{title}”.</source>
        <translation>Je hebt al iets met de naam “{id}”. Er wordt niets vervangen: dit plan wordt ernaast bewaard als “{title}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the plan holds</source>
        <translation>Wat er in het plan staat</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_parts.py" line="+36"/>
        <source>An exercise this version of Steady doesn&apos;t have ({id})</source>
        <translation>Een oefening die deze versie van Steady niet heeft ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when you&apos;re ready</source>
        <translation>als je er klaar voor bent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your words: {text} · {how}</source>
        <translation>Jouw woorden: {text} · {how}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note from {sender}: {text}</source>
        <translation>Een notitie van {sender}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note: {text}</source>
        <translation>Een notitie: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This needs a few words.</source>
        <translation>Hier zijn nog een paar woorden nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is {length} characters long; {limit} fit. Please shorten it.</source>
        <translation>Dit is {length} tekens lang; er passen er {limit}. Maak het wat korter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This exercise no longer exists in Steady; please choose another or remove this part.</source>
        <translation>Deze oefening bestaat niet meer in Steady; kies een andere of verwijder dit onderdeel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holds characters that aren&apos;t text; please type it again.</source>
        <translation>Hier staan tekens die geen tekst zijn; typ het opnieuw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which exercise</source>
        <translation>Welke oefening</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which e&amp;xercise</source>
        <translation>Welke oef&amp;ening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>Hoe lan&amp;g</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not in this version of Steady: {id})</source>
        <translation>(niet in deze versie van Steady: {id})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your words</source>
        <translation>Jouw woorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Feet on the floor. Notice the ground holding you.</source>
        <translation>Bijvoorbeeld: Voeten op de vloer. Merk op hoe de grond je draagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>&amp;Jouw woorden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on by itself after</source>
        <translation>Vanzelf verder na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise it waits until you press Next</source>
        <translation>Anders wacht het tot je op “Volgende” drukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds</source>
        <translation>Seconden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the seconds, or use the Up and Down keys</source>
        <translation>Typ het aantal seconden, of gebruik pijl-omhoog en pijl-omlaag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a time, it waits until you&apos;re ready.</source>
        <translation>Zonder tijd wacht het tot je er klaar voor bent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the voice says instead</source>
        <translation>Wat de stem in plaats daarvan zegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to hear your words as written</source>
        <translation>Laat leeg om je woorden te horen zoals ze er staan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the voi&amp;ce says instead (if you like)</source>
        <translation>Wat de stem in plaats daarvan &amp;zegt (als je wilt)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: Try this before the call.</source>
        <translation>Bijvoorbeeld: Probeer dit voor het gesprek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is from</source>
        <translation>Van wie het komt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sam, 3 March</source>
        <translation>Bijvoorbeeld: Sam, 3 maart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is &amp;from (if you like)</source>
        <translation>Van wie het &amp;komt (als je wilt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plans.py" line="-37"/>
        <location line="+13"/>
        <source>Your own plans</source>
        <translation>Je eigen plannen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Plans you make, on your own or with someone you trust, such as your therapist. Each one is on the start screen. Export a plan to hand it over as one file; open a plan file you were given to add it here.</source>
        <translation>Plannen die je maakt, alleen of met iemand die je vertrouwt, zoals je therapeut. Elk plan staat op het startscherm. Exporteer een plan om het als één bestand door te geven; open een planbestand dat je hebt gekregen om het hier toe te voegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter changes the chosen plan</source>
        <translation>Met Enter wijzig je het gekozen plan</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} · %n parts, about {length}</source>
        <translation>
            <numerusform>{title} · %n onderdeel, ongeveer {length}</numerusform>
            <numerusform>{title} · %n onderdelen, ongeveer {length}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No plans yet. A new plan takes a minute or two, and you can change it later.</source>
        <translation>Nog geen plannen. Een nieuw plan maak je in een minuut of twee, en je kunt het later nog wijzigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New plan</source>
        <translation>&amp;Nieuw plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new plan</source>
        <translation>Een nieuw plan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen plan</source>
        <translation>Het gekozen plan wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the chosen plan</source>
        <translation>Het gekozen plan starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan as one file</source>
        <translation>Het plan als één bestand opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen plan</source>
        <translation>Het gekozen plan verwijderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open a plan file…</source>
        <translation>Planbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan someone gave you (Ctrl+O)</source>
        <translation>Een plan toevoegen dat je van iemand hebt gekregen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+72"/>
        <source>A plan file can&apos;t be read: {problem}</source>
        <translation>Een planbestand kan niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The plan could not be saved ({reason}). Your changes are still here.</source>
        <translation>Het plan kon niet worden opgeslagen ({reason}). Je wijzigingen zijn er nog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{title}”.</source>
        <translation>“{title}” opgeslagen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export a plan</source>
        <translation>Een plan exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady plans (*.steady)</source>
        <translation>Steady-plannen (*.steady)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan could not be exported ({reason}).</source>
        <translation>Het plan kon niet worden geëxporteerd ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported “{title}” to {file}.</source>
        <translation>“{title}” geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this plan?</source>
        <translation>Dit plan verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”? This can&apos;t be undone; export it first if you may want it again.</source>
        <translation>“{title}” verwijderen? Dit kan niet ongedaan worden gemaakt; exporteer het eerst als je het misschien nog eens wilt gebruiken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Steady plans and exercises (*.steady *.toml)</source>
        <translation>Steady-plannen en -oefeningen (*.steady *.toml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A plan to look at · Steady</source>
        <translation>Een plan om te bekijken · Steady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan could not be added ({reason}).</source>
        <translation>Het plan kon niet worden toegevoegd ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is now in your plans and on the start screen.</source>
        <translation>“{title}” staat nu bij je plannen en op het startscherm.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/core/preferences.py" line="+62"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours, or follow the system.</source>
        <translation>Lichte, donkere of contrastrijke kleuren, of zoals het systeem is ingesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text and buttons larger.</source>
        <translation>Alle tekst en knoppen groter maken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Steady&apos;s words. Takes effect when Steady opens.</source>
        <translation>De taal waarin Steady met je praat. Werkt vanaf de volgende keer dat je Steady opent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motion</source>
        <translation>Beweging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moving pacer, or a still one (a countdown and a progress bar), or follow the system&apos;s reduce-motion preference.</source>
        <translation>Een bewegende ademcirkel of een stilstaande weergave (aftellen en een voortgangsbalk), of zoals het systeem bij “Minder beweging” is ingesteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving</source>
        <translation>Met beweging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still</source>
        <translation>Zonder beweging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip the holds</source>
        <translation>Zonder vasthouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out breath holds in patterns that have them (box, 4-7-8).</source>
        <translation>Het vasthouden van de adem weglaten in patronen die dat hebben (vierkant ademen, 4-7-8).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Notice” wording</source>
        <translation>“Opmerken” gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can&apos;t see or hear.</source>
        <translation>Zeg in de 5-4-3-2-1-oefening “opmerken” in plaats van “zien” en “horen”, voor wie niet kan zien of horen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-key shortcuts</source>
        <translation>Sneltoetsen met één toets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys like Space, S or V act on their own. Turn off if you press keys by accident; the Ctrl shortcuts and Tab still work.</source>
        <translation>Toetsen zoals Spatie, S of V werken zonder Ctrl. Zet dit uit als je per ongeluk toetsen indrukt; de sneltoetsen met Ctrl en Tab blijven werken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell screen readers</source>
        <translation>Schermlezers informeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen readers say each new breathing phase and step as it begins.</source>
        <translation>Schermlezers melden elke nieuwe ademfase en stap zodra die begint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the prompts aloud</source>
        <translation>Aanwijzingen voorlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm offline voice says each phase and step. Off until you turn it on.</source>
        <translation>Een rustige stem op je eigen computer zegt elke fase en stap. Uit tot je hem aanzet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chime</source>
        <translation>Klank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound as each breathing phase begins (rising to breathe in, falling to breathe out), with the words or instead of them.</source>
        <translation>Een zacht geluid bij het begin van elke ademfase (omhoog bij inademen, omlaag bij uitademen), met de woorden of in plaats daarvan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chime</source>
        <translation>Geen klank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chime and words</source>
        <translation>Klank en woorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime instead of words</source>
        <translation>Klank in plaats van woorden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/dialogs/settings.py" line="+30"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which voice reads the prompts; empty for the usual one.</source>
        <translation>Welke stem de aanwijzingen voorleest; leeg voor de gewone stem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask how I feel before and after</source>
        <translation>Voor en na vragen hoe ik me voel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 0 to 10 check-in before and after each exercise; one key skips it. Your answers stay on this computer.</source>
        <translation>Een vraag van 0 tot en met 10 voor en na elke oefening; met één toets sla je die over. Je antwoorden blijven op deze computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country for helplines</source>
        <translation>Land voor hulplijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s helplines to show first.</source>
        <translation>Van welk land de hulplijnen eerst worden getoond.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome shown</source>
        <translation>Welkom getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run welcome has been seen.</source>
        <translation>Het welkom bij de eerste start is gezien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told how to keep the small window on top</source>
        <translation>Uitgelegd hoe het kleine venster bovenop blijft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the desktop can&apos;t keep it on top (Wayland), Steady has said how, once.</source>
        <translation>Waar de desktop het niet bovenop kan houden (Wayland), heeft Steady één keer uitgelegd hoe het moet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the window was</source>
        <translation>Waar het venster stond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s screen, position, size and whether it was maximised.</source>
        <translation>Scherm, positie en grootte van het venster, en of het gemaximaliseerd was.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the voice speaks.</source>
        <translation>Hoe snel de stem praat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words a minute</source>
        <translation>woorden per minuut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How loud the voice is.</source>
        <translation>Hoe hard de stem klinkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="-4"/>
        <source>How it looks</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Vraag voor en na</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Try the voice</source>
        <translation>Stem uitproberen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear the voice with these settings</source>
        <translation>De stem met deze instellingen horen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice isn&apos;t available right now: {reason}.</source>
        <translation>De stem is nu niet beschikbaar: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the settings; every change is already kept (Esc)</source>
        <translation>De instellingen sluiten; elke wijziging is al bewaard (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>The usual voice</source>
        <translation>De gewone stem</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../app/ui/screens/step_views.py" line="+97"/>
        <source>Keep the words I choose</source>
        <translation>De woorden bewaren die ik kies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your notes on this computer. Off unless you turn it on: otherwise nothing you pick is saved</source>
        <translation>Ze komen in je notities op deze computer. Uit tot je het aanzet: anders wordt niets bewaard wat je kiest</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I feel {word}</source>
        <translation>Ik voel me {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Right now I feel: {words}.</source>
        <translation>Op dit moment voel ik me: {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A time you laughed until you cried.</source>
        <translation>Een keer dat je huilde van het lachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who makes you feel at home.</source>
        <translation>Iemand bij wie je je thuis voelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place where you felt safe and easy.</source>
        <translation>Een plek waar je je veilig en op je gemak voelde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small kindness someone showed you.</source>
        <translation>Iets kleins en liefs dat iemand voor je deed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another memory</source>
        <translation>Een andere herinnering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a different one of your memories</source>
        <translation>Laat er nog een zien die je hebt opgeschreven</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>My memories…</source>
        <translation>Mijn herinneringen…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add, change or remove your own memories</source>
        <translation>Je eigen herinneringen toevoegen, wijzigen of verwijderen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{memory}”</source>
        <translation>“{memory}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing saved here yet, and that&apos;s fine. You might think of:
{ideas}</source>
        <translation>Hier is nog niets bewaard, en dat is goed. Misschien denk je aan:
{ideas}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my memories…</source>
        <translation>Mijn herinneringen toevoegen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{taps} of {count} found</source>
        <translation>{taps} van {count} gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taps} of {count}  ·  Space or “Found one” for each</source>
        <translation>{taps} van {count}  ·  Spatie of “Gevonden” voor elk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/steps.py" line="-178"/>
        <source>%n steps, about {length}.</source>
        <translation>
            <numerusform>%n stap, ongeveer {length}.</numerusform>
            <numerusform>%n stappen, ongeveer {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}. About {length}.</source>
        <translation>{parts}. Ongeveer {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “notice” wording</source>
        <translation>“Opmerken” gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For anyone who can&apos;t see or hear: “notice” instead of “see” and “hear”</source>
        <translation>Voor wie niet kan zien of horen: “opmerken” in plaats van “zien” en “horen”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How far through the whole exercise</source>
        <translation>Hoe ver je bent in de hele oefening</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back one step (Left arrow)</source>
        <translation>Een stap terug (pijl-links)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The next step (Right arrow)</source>
        <translation>De volgende stap (pijl-rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Found one</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>Skip ahead</source>
        <translation>Alvast verder</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Step {number} of {count}</source>
        <translation>Stap {number} van {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part {number} of {count}  ·  {part}</source>
        <translation>Onderdeel {number} van {count}  ·  {part}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you&apos;re ready</source>
        <translation>Als je er klaar voor bent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{length} left</source>
        <translation>nog {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s left</source>
        <translation>nog {seconds} s</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← → change step</source>
        <translation>← → andere stap</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space counts</source>
        <translation>Spatie telt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space finishes</source>
        <translation>Spatie rondt af</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space goes on</source>
        <translation>Spatie gaat verder</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This step: {time}.</source>
        <translation>Deze stap: nog {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found} of {count} found.</source>
        <translation>{found} van {count} gevonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step waits for you.</source>
        <translation>Deze stap wacht op jou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {time} left in all.</source>
        <translation>In totaal nog ongeveer {time}.</translation>
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
        <translation>Nu houvast vinden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show or hide Steady</source>
        <translation>Steady tonen of verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small window</source>
        <translation>Klein venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Steady afsluiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Let it out</source>
        <translation>Laat het eruit</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../app/ui/services/narration.py" line="+21"/>
        <source>no sound output was found on this computer</source>
        <translation>er is op deze computer geen geluidsuitvoer gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the espeak-ng speech library is not installed (package libespeak-ng1)</source>
        <translation>de spraakbibliotheek espeak-ng is niet geïnstalleerd (pakket libespeak-ng1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the voice is not set up</source>
        <translation>de stem is niet ingesteld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer has no voice for {language}</source>
        <translation>deze computer heeft geen stem voor {language}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../app/ui/screens/why_ok.py" line="+14"/>
        <source>A survey</source>
        <translation>Een enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study</source>
        <translation>Een onderzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One estimate</source>
        <translation>Eén schatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review of studies</source>
        <translation>Een overzicht van onderzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link seen in studies, not proof of cause</source>
        <translation>Een verband uit onderzoek, geen bewijs van oorzaak</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Waarom huilen mag</translation>
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
        <translation>Voor je begint</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+0"/>
        <source>You can stop at any moment.</source>
        <translation>Je kunt op elk moment stoppen.</translation>
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
            <numerusform>%n ademhaling</numerusform>
            <numerusform>%n ademhalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} en {seconds}</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+6"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+13"/>
        <source>Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, does not diagnose or treat anything, and is not a substitute for therapy or care.</source>
        <translation>Steady is bedoeld voor algemene ontspanning en om weer in het hier en nu te komen, voor je welzijn. Het is geen medisch hulpmiddel, stelt geen diagnoses, behandelt niets en vervangt geen therapie of zorg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stays on this computer, in files only you can read: no account, no network, no analytics. You can export your history or delete all of it at any time (Steady → My history).</source>
        <translation>Alles blijft op deze computer, in bestanden die alleen jij kunt lezen: geen account, geen internetverbinding, geen tracking. Je kunt je geschiedenis op elk moment exporteren of helemaal verwijderen (Steady → Mijn geschiedenis).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Steady</source>
        <translation>Welkom bij Steady</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Steady</source>
        <translation>Over Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm companion for moments of tears or overwhelm: crying is OK, and gentle exercises are here if you want a moment to steady yourself.</source>
        <translation>Een rustig gezelschap voor als je huilt of als alles je te veel wordt: huilen mag, en er zijn rustige oefeningen als je even houvast wilt vinden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+33"/>
        <source>&amp;Steady</source>
        <translation>&amp;Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;start</source>
        <translation>Terug naar het &amp;startscherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;plans</source>
        <translation>Mijn &amp;plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a plan…</source>
        <translation>Plan &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;memories…</source>
        <translation>Mijn &amp;herinneringen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;history</source>
        <translation>Mijn &amp;geschiedenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep things st&amp;ill (no motion)</source>
        <translation>&amp;Zonder beweging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small &amp;window on top</source>
        <translation>Klein &amp;venster bovenop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>K&amp;leinere tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usual text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Need help now?</source>
        <translation>Nu &amp;hulp nodig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it&apos;s OK to cry</source>
        <translation>&amp;Waarom huilen mag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Steady</source>
        <translation>&amp;Over Steady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="+152"/>
        <source>Let it out · Steady</source>
        <translation>Laat het eruit · Steady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it&apos;s OK to cry · Steady</source>
        <translation>Waarom huilen mag · Steady</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your history · Steady</source>
        <translation>Je geschiedenis · Steady</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/ui/services/planning.py" line="-131"/>
        <location line="+18"/>
        <source>Your own plans · Steady</source>
        <translation>Je eigen plannen · Steady</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/keeping.py" line="+74"/>
        <source>Would it help to talk to someone?</source>
        <translation>Zou het helpen om met iemand te praten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to someone you trust, or to a helpline, can help.</source>
        <translation>Praten met iemand die je vertrouwt, of met een hulplijn, kan helpen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who you can talk to</source>
        <translation>Met wie kan ik praten?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export your history</source>
        <translation>Je geschiedenis exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} kon niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History exported</source>
        <translation>Geschiedenis geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions were saved to {file}.</source>
        <translation>
            <numerusform>%n oefening is opgeslagen in {file}.</numerusform>
            <numerusform>%n oefeningen zijn opgeslagen in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all my data?</source>
        <translation>Al mijn gegevens verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes your history, check-ins, memories, kept words, your own exercises and plans, and your settings from this computer. It can&apos;t be undone.</source>
        <translation>Hiermee verwijder je van deze computer: je geschiedenis, je antwoorden, herinneringen en bewaarde woorden, je eigen oefeningen en plannen, en je instellingen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were removed. Steady keeps nothing about you now.</source>
        <translation>
            <numerusform>%n bestand is verwijderd. Steady bewaart nu niets meer over jou.</numerusform>
            <numerusform>%n bestanden zijn verwijderd. Steady bewaart nu niets meer over jou.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some history files could not be removed: {reason}</source>
        <translation>Sommige geschiedenisbestanden konden niet worden verwijderd: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/notes.py" line="+25"/>
        <source>A note about your files</source>
        <translation>Een melding over je bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/own_things.py" line="+69"/>
        <source>This plan can&apos;t be used</source>
        <translation>Dit plan kan niet worden gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied. Steady could not use {file}:</source>
        <translation>Er is niets gekopieerd. Steady kon {file} niet gebruiken:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan added</source>
        <translation>Plan toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is now on the start screen.</source>
        <translation>“{title}” staat nu op het startscherm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+82"/>
        <source>Import a plan</source>
        <translation>Een plan importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="+90"/>
        <source>Need help now?</source>
        <translation>Nu hulp nodig?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency numbers and helplines (Ctrl+H)</source>
        <translation>Noodnummers en hulplijnen (Ctrl+H)</translation>
    </message>
</context>
</TS>
