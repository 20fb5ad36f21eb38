<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="+58"/>
        <source>Start breathing with the pacer (Space)</source>
        <translation>Commencer à respirer avec le cercle (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe again</source>
        <translation>Respirer encore</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How long:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Breathe for %n minutes</source>
        <translation>
            <numerusform>Respirer %n minute</numerusform>
            <numerusform>Respirer %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip the holds</source>
        <translation>Sans retenir le souffle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the moments of holding the breath</source>
        <translation>Passer les moments où tu retiens ton souffle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eyes closed (E)</source>
        <translation>Yeux fermés (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound rises as you breathe in and falls as you breathe out, with the words if the voice is on</source>
        <translation>Le son monte quand tu inspires et descend quand tu expires, avec les mots si la voix est activée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>How far through this part of the breath</source>
        <translation>Où tu en es dans cette phase de la respiration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How far through the whole exercise</source>
        <translation>Où tu en es dans l&apos;exercice</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>{phase}, %n seconds left</source>
        <translation>
            <numerusform>{phase}, encore %n seconde</numerusform>
            <numerusform>{phase}, encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Breath {number} of {count}</source>
        <translation>Respiration {number} sur {count}</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Getting ready</source>
        <translation>On se prépare</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{where}  ·  {time} left</source>
        <translation>{where}  ·  encore {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You gave yourself a few minutes.</source>
        <translation>Tu t&apos;es accordé quelques minutes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a moment</source>
        <translation>un moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You breathed with the pacer for {length}. Come back to it whenever you want.</source>
        <translation>Tu as respiré avec le cercle pendant {length}. Reviens-y quand tu veux.</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+212"/>
        <source>Eyes closed. Listen for the sounds. Esc stops.</source>
        <translation>Yeux fermés. Suis les sons. Échap arrête.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>E: eyes closed is on</source>
        <translation>E : yeux fermés activé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sounds for each phase are off.</source>
        <translation>Les sons de chaque phase sont désactivés.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n breaths, about {length}.</source>
        <translation>
            <numerusform>%n respiration, environ {length}.</numerusform>
            <numerusform>%n respirations, environ {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../app/ui/screens/checkin.py" line="+43"/>
        <source>{value} out of 10</source>
        <translation>{value} sur 10</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skip the check-in (Esc)</source>
        <translation>Passer la question (Échap)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press 0 to 9</source>
        <translation>Tape un chiffre de 0 à 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← → then Enter for 10</source>
        <translation>← → puis Entrée pour 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc skips</source>
        <translation>Échap&#xa0;: passer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before you start, if you like</source>
        <translation>Avant de commencer, si tu veux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now that you&apos;ve finished, if you like</source>
        <translation>Maintenant que c&apos;est fini, si tu veux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you go on, if you like</source>
        <translation>Avant de continuer, si tu veux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Exercice arrêté.</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="-79"/>
        <source>{where}. {time} left.</source>
        <translation>{where}. Encore {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ui/screens/exercise.py" line="+154"/>
        <source>However you feel now is fine. Stay here as long as you like.</source>
        <translation>Ce que tu ressens maintenant a toute sa place. Reste ici aussi longtemps que tu veux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/screens/exercise.py" line="+3"/>
        <source>Stopping is always fine.</source>
        <translation>Tu peux toujours arrêter.</translation>
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
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+260"/>
        <location filename="../../app/ui/screens/steps.py" line="+0"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the exercise (Esc). Stopping is always fine.</source>
        <translation>Arrêter l&apos;exercice (Échap). Tu peux toujours arrêter.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You took a moment for yourself.</source>
        <translation>Tu as pris un moment pour toi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come back to this whenever you want, or try something else.</source>
        <translation>Reviens-y quand tu veux, ou essaie autre chose.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Space resumes</source>
        <translation>Espace&#xa0;: reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space pauses</source>
        <translation>Espace&#xa0;: pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+48"/>
        <source>Read the prompts aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline voice says each phase or step; the words stay on screen</source>
        <translation>Une voix, sur ton ordinateur, dit chaque phase ou étape&#xa0;; les mots restent à l&apos;écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep things still</source>
        <translation>Sans mouvement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show words, a countdown and a progress bar instead of movement</source>
        <translation>Afficher des mots, un compte à rebours et une barre de progression au lieu du mouvement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start screen (Esc)</source>
        <translation>Retour à l&apos;écran d&apos;accueil (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin (Space)</source>
        <translation>Commencer (Espace)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space starts</source>
        <translation>Espace&#xa0;: commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter ticks or presses</source>
        <translation>Entrée&#xa0;: cocher ou valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc goes back</source>
        <translation>Échap&#xa0;: retour</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See who you can talk to</source>
        <translation>Voir à qui parler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helplines and other people to reach, now or later</source>
        <translation>Des lignes d&apos;écoute et d&apos;autres personnes à joindre, maintenant ou plus tard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go through this exercise again</source>
        <translation>Refaire cet exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Échap y ramène aussi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esc goes back to the start</source>
        <translation>Échap&#xa0;: retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Paused for the help panel. Space goes on whenever you&apos;re ready.</source>
        <translation>En pause pendant l&apos;aide. Espace pour continuer, quand tu veux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while your computer was away. Resume whenever you&apos;re ready.</source>
        <translation>En pause pendant la mise en veille de ton ordinateur. Reprends quand tu veux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume whenever you&apos;re ready.</source>
        <translation>En pause. Reprends quand tu veux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice is on, now and for the next exercises (Settings can change that).</source>
        <translation>La voix est activée, maintenant et pour les prochains exercices (modifiable dans les Réglages).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice is off, now and for the next exercises (Settings can change that).</source>
        <translation>La voix est désactivée, maintenant et pour les prochains exercices (modifiable dans les Réglages).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/run_keys.py" line="+26"/>
        <source>T time left</source>
        <translation>T&#xa0;: temps restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Échap&#xa0;: arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/voice_controls.py" line="+26"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the prompts aloud, or not (V)</source>
        <translation>Lire à voix haute, ou non (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Voice: on</source>
        <translation>Voix&#xa0;: oui</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Voice: off</source>
        <translation>Voix&#xa0;: non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice isn&apos;t available right now ({reason}), so the words stay on screen.</source>
        <translation>La voix n&apos;est pas disponible pour le moment ({reason}), les mots restent donc à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>Gaze</name>
    <message>
        <location filename="../../app/core/gaze.py" line="+15"/>
        <source>Close</source>
        <translation>Yeux fermés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Yeux ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner {number} of 4</source>
        <translation>Coin {number} sur 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/gaze.py" line="+23"/>
        <source>A dot for your eyes to follow</source>
        <translation>Un point à suivre des yeux</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/dialogs/help.py" line="+48"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Need help now?</source>
        <translation>Besoin d&apos;aide maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your country (no location is looked up):</source>
        <translation>Ton pays (aucune géolocalisation)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your country</source>
        <translation>Ton pays</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anywhere else: {name} ({address}). {text}</source>
        <translation>Partout ailleurs&#xa0;: {name} ({address}). {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close this list (Esc)</source>
        <translation>Fermer cette liste (Échap)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esc closes</source>
        <translation>Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call your local emergency number.</source>
        <translation>Appelle le numéro d&apos;urgence du pays où tu te trouves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency in {country}: {number}</source>
        <translation>Urgences ({country})&#xa0;: {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No helpline for this country is stored yet: please use the directory below.</source>
        <translation>Aucune ligne d&apos;écoute n&apos;est encore enregistrée pour ce pays&#xa0;: utilise l&apos;annuaire ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {date}.</source>
        <translation>Dernière vérification&#xa0;: {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet checked.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/screens/history.py" line="+53"/>
        <source>Chart of your check-ins before and after each exercise</source>
        <translation>Graphique de tes réponses avant et après chaque exercice</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n exercises with check-ins; on average the rating changed by {change} points</source>
        <translation>
            <numerusform>%n exercice avec réponses&#xa0;; en moyenne, ta réponse a varié de {change} points</numerusform>
            <numerusform>%n exercices avec réponses&#xa0;; en moyenne, ta réponse a varié de {change} points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check-ins yet</source>
        <translation>Pas encore de réponses</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your check-ins will appear here.</source>
        <translation>Tes réponses apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your history</source>
        <translation>Ton historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins before (○) and after (●) each exercise, 0 settled to 10 the most distressed. It stays on this computer.</source>
        <translation>Tes réponses avant (○) et après (●) chaque exercice, de 0 (calme) à 10 (le pire imaginable). Elles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped early</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. After an exercise, it will be listed here.</source>
        <translation>Rien ici pour l&apos;instant. Après un exercice, il apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sessions</source>
        <translation>Tes exercices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of your history as a spreadsheet file</source>
        <translation>Enregistrer une copie de ton historique dans un fichier de tableur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every file Steady keeps about you</source>
        <translation>Supprimer tous les fichiers que Steady garde sur toi</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../app/ui/screens/home.py" line="+58"/>
        <source>Start</source>
        <translation>Écran d&apos;accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It&apos;s OK to cry.</source>
        <translation>Pleurer, c&apos;est normal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crying is a normal human reaction. There&apos;s nothing to apologise for, and no need to hold the tears back. Take all the time you need.</source>
        <translation>Pleurer est une réaction humaine tout à fait naturelle. Tu n&apos;as pas à t&apos;excuser, ni à retenir tes larmes. Prends tout le temps qu&apos;il te faut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Pourquoi c&apos;est normal de pleurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts about crying, with their sources</source>
        <translation>Des faits sur les pleurs, avec leurs sources</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let it out</source>
        <translation>Laisser sortir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay with the tears. No timer, nothing to do, a soft breath nearby. Press L.</source>
        <translation>Reste avec tes larmes. Pas de minuteur, rien à faire, juste un cercle qui respire doucement, si tu veux. Appuie sur L.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steady myself</source>
        <translation>Reprendre pied</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{summary} Press S.</source>
        <translation>{summary} Appuie sur S.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or choose what might help</source>
        <translation>Ou choisis ce qui pourrait t&apos;aider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to breathe</source>
        <translation>D&apos;autres façons de respirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own plans</source>
        <translation>Tes plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exercises could be loaded. Steady&apos;s files may be damaged; please reinstall.</source>
        <translation>Aucun exercice n&apos;a pu être chargé. Les fichiers de Steady sont peut-être endommagés&#xa0;; réinstalle Steady, s&apos;il te plaît.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your history</source>
        <translation>Ton historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your past exercises and check-ins (Ctrl+Y)</source>
        <translation>Tes exercices passés et tes réponses (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a plan</source>
        <translation>Créer un plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans: make one, change one, or share one (Ctrl+P)</source>
        <translation>Tes plans&#xa0;: en créer un, le modifier ou le partager (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathe slowly</source>
        <translation>Respirer lentement</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <location filename="../../app/ui/screens/info.py" line="+27"/>
        <source>Back to the start</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Échap y ramène aussi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc goes back</source>
        <translation>Échap&#xa0;: retour</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>One-key shortcuts are switched off (Settings), so the keys marked “off” do nothing.</source>
        <translation>Les raccourcis à une touche sont désactivés (Réglages)&#xa0;: les touches marquées «&#xa0;désactivé&#xa0;» ne font donc rien.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{does} (off)</source>
        <translation>{does} (désactivé)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the list of keys (Esc)</source>
        <translation>Fermer la liste des touches (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/keys.py" line="+33"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
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
        <translation>Afficher ces touches</translation>
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
        <translation>Besoin d&apos;aide maintenant&#xa0;? Numéros d&apos;urgence et lignes d&apos;écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous button</source>
        <translation>Aller au bouton suivant ou précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the highlighted button (Space too, outside an exercise)</source>
        <translation>Activer le bouton en surbrillance (Espace aussi, hors exercice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your history</source>
        <translation>Ton historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans</source>
        <translation>Tes plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a plan someone gave you</source>
        <translation>Importer un plan qu&apos;on t&apos;a donné</translation>
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
        <translation>Petite fenêtre qui reste au premier plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+−</source>
        <translation>Ctrl+−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual text size</source>
        <translation>Taille habituelle du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screen</source>
        <translation>Écran d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steady me now: begin at once</source>
        <translation>Reprendre pied maintenant&#xa0;: commencer tout de suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it out</source>
        <translation>Laisser sortir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During an exercise</source>
        <translation>Pendant un exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Start, pause or go on (in grounding: count one)</source>
        <translation>Commencer, mettre en pause ou continuer (dans l&apos;ancrage&#xa0;: compter un de plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stop, or go back</source>
        <translation>Arrêter, ou revenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice on or off, from now on</source>
        <translation>Voix activée ou désactivée, dès maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say how much is left (for screen readers)</source>
        <translation>Dire le temps qui reste (pour les lecteurs d&apos;écran)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eyes closed: a sound for each breathing phase, on or off</source>
        <translation>Yeux fermés : un son pour chaque phase de la respiration, oui ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→  ←</source>
        <translation>→  ←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous step</source>
        <translation>Étape suivante ou précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing a plan</source>
        <translation>Modifier un plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+↑  Alt+↓</source>
        <translation>Alt+↑  Alt+↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen part earlier or later</source>
        <translation>Déplacer la partie choisie plus haut ou plus bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the chosen part</source>
        <translation>Dupliquer la partie choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen part (in the list of parts)</source>
        <translation>Retirer la partie choisie (dans la liste des parties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (asks first if something isn&apos;t saved)</source>
        <translation>Retour à tes plans (demande d&apos;abord si quelque chose n&apos;est pas enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you feel?</source>
        <translation>Question avant/après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 9</source>
        <translation>0 à 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer with that number</source>
        <translation>Répondre avec ce chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>←  →, Enter</source>
        <translation>←  →, Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose any number up to 10, then answer</source>
        <translation>Choisir un nombre jusqu&apos;à 10, puis répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>Petite fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it at once</source>
        <translation>La masquer tout de suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or go on</source>
        <translation>Mettre en pause ou continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the big window</source>
        <translation>Retour à la grande fenêtre</translation>
    </message>
</context>
<context>
    <name>LetItOut</name>
    <message>
        <location filename="../../app/ui/screens/let_it_out.py" line="+53"/>
        <source>Let it out.</source>
        <translation>Laisse sortir ce qui vient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You don&apos;t have to do anything right now. Cry as much as you need to; the tears can come and go in their own time. If it helps, let your breath follow the circle.</source>
        <translation>Tu n&apos;as rien à faire pour l&apos;instant. Pleure autant que tu en as besoin&#xa0;; les larmes peuvent aller et venir à leur rythme. Si ça t&apos;aide, laisse ta respiration suivre le cercle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A soft circle that slowly grows and shrinks, if you want to breathe with it</source>
        <translation>Un cercle doux qui grandit et rétrécit lentement, si tu veux respirer avec lui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the start</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Échap y ramène aussi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to steady myself</source>
        <translation>J&apos;aimerais reprendre pied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of gentle exercises, when you want them</source>
        <translation>Quelques minutes d&apos;exercices tout en douceur, quand tu veux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc goes back to the start</source>
        <translation>Échap&#xa0;: retour à l&apos;accueil</translation>
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
        <translation>Mes souvenirs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm or funny moments to come back to</source>
        <translation>Des moments chaleureux ou drôles auxquels revenir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One memory per line: where you were, who was there, what was said. They stay on this computer and nowhere else.</source>
        <translation>Un souvenir par ligne&#xa0;: où tu étais, qui était là, ce qui a été dit. Ils restent sur cet ordinateur et nulle part ailleurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My memories, one per line</source>
        <translation>Mes souvenirs, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day we got the giggles at the bus stop…</source>
        <translation>Le jour où on a eu le fou rire à l&apos;arrêt de bus…</translation>
    </message>
</context>
<context>
    <name>Mini</name>
    <message>
        <location filename="../../app/ui/services/mini.py" line="+35"/>
        <source>Steady · small window</source>
        <translation>Steady · petite fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady, small window</source>
        <translation>Steady, petite fenêtre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now</source>
        <translation>Maintenant</translation>
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
        <translation>Mettre en pause ou continuer (Espace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big window</source>
        <translation>Grande fenêtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the big window (Ctrl+M)</source>
        <translation>Retour à la grande fenêtre (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this window at once (Esc)</source>
        <translation>Masquer cette fenêtre tout de suite (Échap)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crying is OK. Take the time you need.</source>
        <translation>Pleurer, c&apos;est normal. Prends le temps qu&apos;il te faut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steady me now</source>
        <translation>Reprendre pied maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/presence.py" line="+62"/>
        <source>This desktop doesn&apos;t let Steady keep this window on top. To keep it there, right-click its title bar and choose Always on Top.</source>
        <translation>Cet environnement de bureau ne permet pas à Steady de garder cette fenêtre au premier plan. Pour l&apos;y garder, fais un clic droit sur sa barre de titre et choisis «&#xa0;Toujours au premier plan&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <location filename="../../app/ui/parts/pacer.py" line="+40"/>
        <source>Breathing pacer</source>
        <translation>Cercle de respiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Un cercle qui grandit quand tu inspires et rétrécit quand tu expires</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../app/core/exercise.py" line="+31"/>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Inspire encore un peu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold, gently</source>
        <translation>Retiens, doucement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../app/ui/screens/plan_editor.py" line="+77"/>
        <source>Change your plan</source>
        <translation>Modifier ton plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new plan</source>
        <translation>Un nouveau plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put together what helps you, in the order you want: Steady&apos;s exercises, steps in your own words, a note from someone. Nothing leaves this computer unless you export it.</source>
        <translation>Rassemble ce qui t&apos;aide, dans l&apos;ordre que tu veux&#xa0;: des exercices de Steady, des étapes avec tes propres mots, une note de quelqu&apos;un. Rien ne quitte cet ordinateur, sauf si tu l&apos;exportes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the plan</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Before the call</source>
        <translation>Par exemple&#xa0;: Avant l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me of the plan</source>
        <translation>Nom du &amp;plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, in order</source>
        <translation>Parties, dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts of the plan</source>
        <translation>Parties du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move a part, Ctrl+D makes a copy, Delete removes it</source>
        <translation>Alt+Flèche haut et Alt+Flèche bas déplacent une partie, Ctrl+D la duplique, Suppr la retire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Steady &amp;exercise</source>
        <translation>Ajouter un e&amp;xercice Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own &amp;words</source>
        <translation>Ajouter tes propres &amp;mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a part to begin: an exercise, your own words or a note.</source>
        <translation>Pour commencer, ajoute une partie&#xa0;: un exercice, tes propres mots ou une note.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part earlier (Alt+Up)</source>
        <translation>Placer cette partie plus tôt (Alt+Flèche haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part later (Alt+Down)</source>
        <translation>Placer cette partie plus tard (Alt+Flèche bas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of this part (Ctrl+D)</source>
        <translation>Ajouter une copie de cette partie (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this part out (Delete)</source>
        <translation>Retirer cette partie (Suppr)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/screens/plans.py" line="+80"/>
        <source>&amp;Try it</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the plan as it is now</source>
        <translation>Lancer le plan tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>S&amp;ave</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Keep it in your own plans</source>
        <translation>Le garder dans tes plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../app/ui/screens/plan_import.py" line="+60"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (Esc)</source>
        <translation>Retour à tes plans (Échap)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Your plan needs a name.</source>
        <translation>Ton plan a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one part.</source>
        <translation>Ajoute au moins une partie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds at most {count} parts.</source>
        <translation>Un plan contient au plus {count} parties.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, needs a look</source>
        <translation>, à revoir</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parts, about {length}.</source>
        <translation>
            <numerusform>%n partie, environ {length}.</numerusform>
            <numerusform>%n parties, environ {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Once the marked fields are sorted, you can try it</source>
        <translation>Une fois les champs signalés corrigés, tu pourras l&apos;essayer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep your changes?</source>
        <translation>Garder tes modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your new plan</source>
        <translation>ton nouveau plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed “{title}” and haven&apos;t saved it yet.</source>
        <translation>Tu as modifié «&#xa0;{title}&#xa0;» et tu ne l&apos;as pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It can&apos;t be saved yet: some fields need a look.</source>
        <translation>Il ne peut pas encore être enregistré&#xa0;: certains champs sont à revoir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave without saving</source>
        <translation>Partir sans enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep changing it</source>
        <translation>Continuer à le modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_import.py" line="-14"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nothing and go back (Esc)</source>
        <translation>Ne rien ajouter et revenir (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to my plans</source>
        <translation>A&amp;jouter à mes plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steady can&apos;t use this plan</source>
        <translation>Steady ne peut pas utiliser ce plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added. Steady could not use {file}:</source>
        <translation>Rien n&apos;a été ajouté. Steady n&apos;a pas pu utiliser {file}&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan to look at</source>
        <translation>Un plan à découvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file {file}. Nothing is added until you choose to.</source>
        <translation>Du fichier {file}. Rien n&apos;est ajouté tant que tu ne le choisis pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (as the file says): {who}</source>
        <translation>De la part de (selon le fichier)&#xa0;: {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parts, about {length}:</source>
        <translation>
            <numerusform>%n partie, environ {length}&#xa0;:</numerusform>
            <numerusform>%n parties, environ {length}&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You already have something called “{id}”. Nothing is replaced: this plan will be kept beside it as “{title}”.</source>
        <translation>Tu as déjà quelque chose qui s&apos;appelle «&#xa0;{id}&#xa0;». Rien n&apos;est remplacé&#xa0;: ce plan sera gardé à côté, sous le nom «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the plan holds</source>
        <translation>Ce que contient le plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_parts.py" line="+36"/>
        <source>An exercise this version of Steady doesn&apos;t have ({id})</source>
        <translation>Un exercice que cette version de Steady n&apos;a pas ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when you&apos;re ready</source>
        <translation>quand tu veux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your words: {text} · {how}</source>
        <translation>Tes mots&#xa0;: {text} · {how}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note from {sender}: {text}</source>
        <translation>Une note de {sender}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note: {text}</source>
        <translation>Une note&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This needs a few words.</source>
        <translation>Il manque quelques mots ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is {length} characters long; {limit} fit. Please shorten it.</source>
        <translation>Ce texte fait {length} caractères&#xa0;; {limit} au maximum. Raccourcis-le, s&apos;il te plaît.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This exercise no longer exists in Steady; please choose another or remove this part.</source>
        <translation>Cet exercice n&apos;existe plus dans Steady&#xa0;; choisis-en un autre ou retire cette partie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holds characters that aren&apos;t text; please type it again.</source>
        <translation>Ceci contient des caractères qui ne sont pas du texte&#xa0;; retape-le, s&apos;il te plaît.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which exercise</source>
        <translation>Quel exercice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which e&amp;xercise</source>
        <translation>Quel exer&amp;cice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not in this version of Steady: {id})</source>
        <translation>(absent de cette version de Steady&#xa0;: {id})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your words</source>
        <translation>Tes mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Feet on the floor. Notice the ground holding you.</source>
        <translation>Par exemple&#xa0;: Les pieds au sol. Sens le sol qui te porte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>&amp;Tes mots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on by itself after</source>
        <translation>Avancer automatiquement après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise it waits until you press Next</source>
        <translation>Sinon, l&apos;étape attend que tu appuies sur «&#xa0;Suivant&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the seconds, or use the Up and Down keys</source>
        <translation>Tape les secondes, ou utilise les flèches haut et bas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a time, it waits until you&apos;re ready.</source>
        <translation>Sans durée, l&apos;étape t&apos;attend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the voice says instead</source>
        <translation>Ce que dit la voix à la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to hear your words as written</source>
        <translation>Laisse vide pour entendre tes mots tels qu&apos;ils sont écrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the voi&amp;ce says instead (if you like)</source>
        <translation>Ce que dit la &amp;voix à la place (si tu veux)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: Try this before the call.</source>
        <translation>Par exemple&#xa0;: Essaie ça avant l&apos;appel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is from</source>
        <translation>De la part de qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sam, 3 March</source>
        <translation>Par exemple&#xa0;: Sam, 3 mars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is &amp;from (if you like)</source>
        <translation>De la part de &amp;qui (si tu veux)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plans.py" line="-37"/>
        <location line="+13"/>
        <source>Your own plans</source>
        <translation>Tes plans</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Plans you make, on your own or with someone you trust, such as your therapist. Each one is on the start screen. Export a plan to hand it over as one file; open a plan file you were given to add it here.</source>
        <translation>Des plans que tu crées toi-même ou avec une personne de confiance, comme ton ou ta thérapeute. Chacun apparaît sur l&apos;écran d&apos;accueil. Exporte un plan pour le transmettre en un seul fichier&#xa0;; ouvre un fichier de plan qu&apos;on t&apos;a donné pour l&apos;ajouter ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter changes the chosen plan</source>
        <translation>Entrée&#xa0;: modifier le plan choisi</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} · %n parts, about {length}</source>
        <translation>
            <numerusform>{title} · %n partie, environ {length}</numerusform>
            <numerusform>{title} · %n parties, environ {length}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No plans yet. A new plan takes a minute or two, and you can change it later.</source>
        <translation>Pas encore de plans. Un nouveau plan prend une minute ou deux, et tu pourras le modifier plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new plan</source>
        <translation>Créer un nouveau plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen plan</source>
        <translation>Modifier le plan choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the chosen plan</source>
        <translation>Lancer le plan choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan as one file</source>
        <translation>Enregistrer le plan dans un seul fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen plan</source>
        <translation>Supprimer le plan choisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open a plan file…</source>
        <translation>&amp;Ouvrir un fichier de plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan someone gave you (Ctrl+O)</source>
        <translation>Ajouter un plan qu&apos;on t&apos;a donné (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+72"/>
        <source>A plan file can&apos;t be read: {problem}</source>
        <translation>Un fichier de plan est illisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The plan could not be saved ({reason}). Your changes are still here.</source>
        <translation>Le plan n&apos;a pas pu être enregistré ({reason}). Tes modifications sont toujours là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{title}”.</source>
        <translation>«&#xa0;{title}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export a plan</source>
        <translation>Exporter un plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady plans (*.steady)</source>
        <translation>Plans Steady (*.steady)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan could not be exported ({reason}).</source>
        <translation>Le plan n&apos;a pas pu être exporté ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported “{title}” to {file}.</source>
        <translation>«&#xa0;{title}&#xa0;» a été exporté dans {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this plan?</source>
        <translation>Supprimer ce plan&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”? This can&apos;t be undone; export it first if you may want it again.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#xa0;? C&apos;est définitif&#xa0;; exporte-le d&apos;abord si tu risques d&apos;en avoir encore besoin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Steady plans and exercises (*.steady *.toml)</source>
        <translation>Plans et exercices Steady (*.steady *.toml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A plan to look at · Steady</source>
        <translation>Un plan à découvrir · Steady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan could not be added ({reason}).</source>
        <translation>Le plan n&apos;a pas pu être ajouté ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is now in your plans and on the start screen.</source>
        <translation>«&#xa0;{title}&#xa0;» est maintenant dans tes plans et sur l&apos;écran d&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/core/preferences.py" line="+62"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours, or follow the system.</source>
        <translation>Couleurs claires, sombres ou à fort contraste, ou suivre le système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Fort contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text and buttons larger.</source>
        <translation>Agrandir tout le texte et les boutons.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Steady&apos;s words. Takes effect when Steady opens.</source>
        <translation>La langue des mots de Steady. Prend effet à la prochaine ouverture de Steady.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motion</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moving pacer, or a still one (a countdown and a progress bar), or follow the system&apos;s reduce-motion preference.</source>
        <translation>Un cercle en mouvement, ou un affichage sans mouvement (un compte à rebours et une barre de progression), ou suivre le réglage «&#xa0;réduire les animations&#xa0;» du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving</source>
        <translation>En mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still</source>
        <translation>Sans mouvement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip the holds</source>
        <translation>Sans retenir le souffle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out breath holds in patterns that have them (box, 4-7-8).</source>
        <translation>Ne pas retenir le souffle dans les rythmes qui le prévoient (carré, 4-7-8).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Notice” wording</source>
        <translation>Formulation «&#xa0;remarquer&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can&apos;t see or hear.</source>
        <translation>Dans l&apos;ancrage 5-4-3-2-1, dire «&#xa0;remarquer&#xa0;» au lieu de «&#xa0;voir&#xa0;» et «&#xa0;entendre&#xa0;», pour qui ne peut pas voir ou entendre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-key shortcuts</source>
        <translation>Raccourcis à une touche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys like Space, S or V act on their own. Turn off if you press keys by accident; the Ctrl shortcuts and Tab still work.</source>
        <translation>Des touches comme Espace, S ou V agissent seules. Désactive-les si tu appuies sur des touches par accident&#xa0;; les raccourcis avec Ctrl et Tab fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell screen readers</source>
        <translation>Informer les lecteurs d&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen readers say each new breathing phase and step as it begins.</source>
        <translation>Les lecteurs d&apos;écran annoncent chaque nouvelle phase de respiration et chaque étape dès qu&apos;elle commence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the prompts aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm offline voice says each phase and step. Off until you turn it on.</source>
        <translation>Une voix douce, sur ton ordinateur, dit chaque phase et chaque étape. Désactivée tant que tu ne l&apos;actives pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chime</source>
        <translation>Tintement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound as each breathing phase begins (rising to breathe in, falling to breathe out), with the words or instead of them.</source>
        <translation>Un son doux au début de chaque phase de la respiration (il monte quand tu inspires, descend quand tu expires), avec les mots ou à leur place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chime</source>
        <translation>Pas de tintement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chime and words</source>
        <translation>Tintement et mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime instead of words</source>
        <translation>Tintement au lieu des mots</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/dialogs/settings.py" line="+30"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which voice reads the prompts; empty for the usual one.</source>
        <translation>Quelle voix lit les consignes&#xa0;; vide pour la voix habituelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask how I feel before and after</source>
        <translation>Demander comment je me sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 0 to 10 check-in before and after each exercise; one key skips it. Your answers stay on this computer.</source>
        <translation>Une question de 0 à 10 avant et après chaque exercice&#xa0;; une touche suffit pour la passer. Tes réponses restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country for helplines</source>
        <translation>Pays des lignes d&apos;écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s helplines to show first.</source>
        <translation>Le pays dont les lignes d&apos;écoute s&apos;affichent en premier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome shown</source>
        <translation>Message de bienvenue vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run welcome has been seen.</source>
        <translation>Le message de bienvenue du premier lancement a été vu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told how to keep the small window on top</source>
        <translation>Conseil «&#xa0;premier plan&#xa0;» déjà donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the desktop can&apos;t keep it on top (Wayland), Steady has said how, once.</source>
        <translation>Là où le bureau ne peut pas la garder au premier plan (Wayland), Steady a expliqué une fois comment faire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the window was</source>
        <translation>Position de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s screen, position, size and whether it was maximised.</source>
        <translation>L&apos;écran, la position et la taille de la fenêtre, et si elle était agrandie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the voice speaks.</source>
        <translation>La vitesse à laquelle la voix parle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words a minute</source>
        <translation>mots par minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How loud the voice is.</source>
        <translation>Le volume de la voix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="-4"/>
        <source>How it looks</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Question avant/après</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Try the voice</source>
        <translation>Essayer la voix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear the voice with these settings</source>
        <translation>Écouter la voix avec ces réglages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice isn&apos;t available right now: {reason}.</source>
        <translation>La voix n&apos;est pas disponible pour le moment&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the settings; every change is already kept (Esc)</source>
        <translation>Fermer les réglages&#xa0;; chaque modification est déjà enregistrée (Échap)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>The usual voice</source>
        <translation>La voix habituelle</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../app/ui/screens/step_views.py" line="+97"/>
        <source>Keep the words I choose</source>
        <translation>Garder les mots que je choisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your notes on this computer. Off unless you turn it on: otherwise nothing you pick is saved</source>
        <translation>Gardés dans tes notes sur cet ordinateur. Désactivé tant que tu ne l&apos;actives pas&#xa0;: sinon, rien de ce que tu choisis n&apos;est enregistré</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I feel {word}</source>
        <translation>Ce que je ressens&#xa0;: {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Right now I feel: {words}.</source>
        <translation>En ce moment, je ressens&#xa0;: {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A time you laughed until you cried.</source>
        <translation>Une fois où tu as ri aux larmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who makes you feel at home.</source>
        <translation>Quelqu&apos;un avec qui tu te sens chez toi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place where you felt safe and easy.</source>
        <translation>Un endroit où tu te sentais en sécurité et à l&apos;aise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small kindness someone showed you.</source>
        <translation>Une petite gentillesse que quelqu&apos;un a eue pour toi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another memory</source>
        <translation>Un autre souvenir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a different one of your memories</source>
        <translation>Afficher un autre de tes souvenirs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>My memories…</source>
        <translation>Mes souvenirs…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add, change or remove your own memories</source>
        <translation>Ajouter, modifier ou retirer tes propres souvenirs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{memory}”</source>
        <translation>«&#xa0;{memory}&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing saved here yet, and that&apos;s fine. You might think of:
{ideas}</source>
        <translation>Rien n&apos;est enregistré ici pour l&apos;instant, et ça va très bien comme ça. Tu pourrais penser à&#xa0;:
{ideas}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my memories…</source>
        <translation>Ajouter mes souvenirs…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{taps} of {count} found</source>
        <translation>Trouvé&#xa0;: {taps} sur {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taps} of {count}  ·  Space or “Found one” for each</source>
        <translation>{taps} sur {count}  ·  Espace ou «&#xa0;Trouvé&#xa0;» à chaque fois</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/steps.py" line="-178"/>
        <source>%n steps, about {length}.</source>
        <translation>
            <numerusform>%n étape, environ {length}.</numerusform>
            <numerusform>%n étapes, environ {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}. About {length}.</source>
        <translation>{parts}. Environ {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “notice” wording</source>
        <translation>Utiliser la formulation «&#xa0;remarquer&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For anyone who can&apos;t see or hear: “notice” instead of “see” and “hear”</source>
        <translation>Pour qui ne peut pas voir ou entendre&#xa0;: «&#xa0;remarquer&#xa0;» au lieu de «&#xa0;voir&#xa0;» et «&#xa0;entendre&#xa0;»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How far through the whole exercise</source>
        <translation>Où tu en es dans l&apos;exercice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous step</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back one step (Left arrow)</source>
        <translation>Revenir d&apos;une étape (flèche gauche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The next step (Right arrow)</source>
        <translation>L&apos;étape suivante (flèche droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Found one</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>Skip ahead</source>
        <translation>Passer à la suite</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part {number} of {count}  ·  {part}</source>
        <translation>Partie {number} sur {count}  ·  {part}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you&apos;re ready</source>
        <translation>Quand tu veux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{length} left</source>
        <translation>encore {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s left</source>
        <translation>encore {seconds} s</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← → change step</source>
        <translation>← →&#xa0;: changer d&apos;étape</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space counts</source>
        <translation>Espace&#xa0;: compter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space finishes</source>
        <translation>Espace&#xa0;: terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space goes on</source>
        <translation>Espace&#xa0;: continuer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This step: {time}.</source>
        <translation>Cette étape&#xa0;: encore {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found} of {count} found.</source>
        <translation>Trouvé&#xa0;: {found} sur {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step waits for you.</source>
        <translation>Cette étape t&apos;attend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {time} left in all.</source>
        <translation>Encore environ {time} au total.</translation>
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
        <translation>Reprendre pied maintenant</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show or hide Steady</source>
        <translation>Afficher ou masquer Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small window</source>
        <translation>Petite fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter Steady</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Let it out</source>
        <translation>Laisser sortir</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../app/ui/services/narration.py" line="+21"/>
        <source>no sound output was found on this computer</source>
        <translation>aucune sortie son n’a été trouvée sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the espeak-ng speech library is not installed (package libespeak-ng1)</source>
        <translation>la bibliothèque vocale espeak-ng n’est pas installée (paquet libespeak-ng1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the voice is not set up</source>
        <translation>la voix n&apos;est pas configurée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer has no voice for {language}</source>
        <translation>cet ordinateur n&apos;a pas de voix pour {language}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../app/ui/screens/why_ok.py" line="+14"/>
        <source>A survey</source>
        <translation>Une enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study</source>
        <translation>Une étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One estimate</source>
        <translation>Une estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review of studies</source>
        <translation>Une synthèse d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link seen in studies, not proof of cause</source>
        <translation>Un lien observé dans des études, pas une preuve de cause à effet</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Pourquoi c&apos;est normal de pleurer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{kind}: {source}</source>
        <translation>{kind}&#xa0;: {source}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../app/ui/parts/widgets.py" line="+138"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="-138"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+0"/>
        <source>You can stop at any moment.</source>
        <translation>Tu peux arrêter à tout moment.</translation>
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
            <numerusform>%n respiration</numerusform>
            <numerusform>%n respirations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+13"/>
        <source>Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, does not diagnose or treat anything, and is not a substitute for therapy or care.</source>
        <translation>Steady est là pour la détente et l&apos;ancrage dans le moment présent, pour ton bien-être. Ce n&apos;est pas un dispositif médical&#xa0;: il ne pose aucun diagnostic, ne traite rien et ne remplace ni une thérapie ni des soins.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stays on this computer, in files only you can read: no account, no network, no analytics. You can export your history or delete all of it at any time (Steady → My history).</source>
        <translation>Tout reste sur cet ordinateur, dans des fichiers que personne d&apos;autre que toi ne peut lire&#xa0;: pas de compte, pas de connexion Internet, pas de pistage. Tu peux exporter ton historique ou tout supprimer à tout moment (Steady → Mon historique).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Steady</source>
        <translation>Bienvenue dans Steady</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Steady</source>
        <translation>À propos de Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm companion for moments of tears or overwhelm: crying is OK, and gentle exercises are here if you want a moment to steady yourself.</source>
        <translation>Un compagnon tout en douceur pour les moments de larmes ou de trop-plein&#xa0;: pleurer, c&apos;est normal, et des exercices doux sont là si tu veux un moment pour reprendre pied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+33"/>
        <source>&amp;Steady</source>
        <translation>&amp;Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;start</source>
        <translation>Retour à l&apos;&amp;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;plans</source>
        <translation>Mes &amp;plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a plan…</source>
        <translation>&amp;Importer un plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;memories…</source>
        <translation>Mes &amp;souvenirs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;history</source>
        <translation>Mon &amp;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep things st&amp;ill (no motion)</source>
        <translation>Sans &amp;mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small &amp;window on top</source>
        <translation>Petite &amp;fenêtre au premier plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usual text size</source>
        <translation>&amp;Taille habituelle du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Need help now?</source>
        <translation>&amp;Besoin d&apos;aide maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it&apos;s OK to cry</source>
        <translation>&amp;Pourquoi c&apos;est normal de pleurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Steady</source>
        <translation>À pr&amp;opos de Steady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Fort contraste</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="+152"/>
        <source>Let it out · Steady</source>
        <translation>Laisser sortir · Steady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it&apos;s OK to cry · Steady</source>
        <translation>Pourquoi c&apos;est normal de pleurer · Steady</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your history · Steady</source>
        <translation>Ton historique · Steady</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/ui/services/planning.py" line="-131"/>
        <location line="+18"/>
        <source>Your own plans · Steady</source>
        <translation>Tes plans · Steady</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/keeping.py" line="+74"/>
        <source>Would it help to talk to someone?</source>
        <translation>Est-ce que ça t&apos;aiderait de parler à quelqu&apos;un&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to someone you trust, or to a helpline, can help.</source>
        <translation>Parler à quelqu&apos;un de confiance, ou à une ligne d&apos;écoute, peut aider.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who you can talk to</source>
        <translation>Voir à qui parler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export your history</source>
        <translation>Exporter ton historique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported</source>
        <translation>Pas exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} n&apos;a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History exported</source>
        <translation>Historique exporté</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions were saved to {file}.</source>
        <translation>
            <numerusform>%n exercice a été enregistré dans {file}.</numerusform>
            <numerusform>%n exercices ont été enregistrés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all my data?</source>
        <translation>Supprimer toutes mes données&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes your history, check-ins, memories, kept words, your own exercises and plans, and your settings from this computer. It can&apos;t be undone.</source>
        <translation>Cela supprime de cet ordinateur ton historique, tes réponses, tes souvenirs, les mots gardés, tes propres exercices et plans, et tes réglages. C&apos;est définitif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted</source>
        <translation>Données supprimées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were removed. Steady keeps nothing about you now.</source>
        <translation>
            <numerusform>%n fichier a été supprimé. Steady ne garde plus rien sur toi.</numerusform>
            <numerusform>%n fichiers ont été supprimés. Steady ne garde plus rien sur toi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some history files could not be removed: {reason}</source>
        <translation>Certains fichiers d&apos;historique n&apos;ont pas pu être supprimés&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/notes.py" line="+25"/>
        <source>A note about your files</source>
        <translation>À propos de tes fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/own_things.py" line="+69"/>
        <source>This plan can&apos;t be used</source>
        <translation>Ce plan ne peut pas être utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied. Steady could not use {file}:</source>
        <translation>Rien n&apos;a été copié. Steady n&apos;a pas pu utiliser {file}&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan added</source>
        <translation>Plan ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is now on the start screen.</source>
        <translation>«&#xa0;{title}&#xa0;» est maintenant sur l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+82"/>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="+90"/>
        <source>Need help now?</source>
        <translation>Besoin d&apos;aide maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency numbers and helplines (Ctrl+H)</source>
        <translation>Numéros d&apos;urgence et lignes d&apos;écoute (Ctrl+H)</translation>
    </message>
</context>
</TS>
