<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="+58"/>
        <source>Start breathing with the pacer (Space)</source>
        <translation>Respirar com o círculo (Espaço)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe again</source>
        <translation>Respirar de novo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How long:</source>
        <translation>Duração:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Breathe for %n minutes</source>
        <translation>
            <numerusform>Respirar por %n minuto</numerusform>
            <numerusform>Respirar por %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip the holds</source>
        <translation>Sem segurar o ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the moments of holding the breath</source>
        <translation>Deixar de fora os momentos de segurar o ar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eyes closed (E)</source>
        <translation>Olhos fechados (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound rises as you breathe in and falls as you breathe out, with the words if the voice is on</source>
        <translation>O som sobe quando você inspira e desce quando você expira, com as palavras se a voz estiver ligada</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>How far through this part of the breath</source>
        <translation>Quanto já passou desta parte da respiração</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How far through the whole exercise</source>
        <translation>Quanto já passou do exercício todo</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>{phase}, %n seconds left</source>
        <translation>
            <numerusform>{phase}, falta %n segundo</numerusform>
            <numerusform>{phase}, faltam %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Breath {number} of {count}</source>
        <translation>Respiração {number} de {count}</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Getting ready</source>
        <translation>Já vai começar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{where}  ·  {time} left</source>
        <translation>{where}  ·  faltam {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You gave yourself a few minutes.</source>
        <translation>Você tirou alguns minutos para você.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a moment</source>
        <translation>um momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You breathed with the pacer for {length}. Come back to it whenever you want.</source>
        <translation>Você respirou com o círculo por {length}. Volte sempre que quiser.</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+212"/>
        <source>Eyes closed. Listen for the sounds. Esc stops.</source>
        <translation>Olhos fechados. Siga os sons. Esc para.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>E: eyes closed is on</source>
        <translation>E: olhos fechados ligado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sounds for each phase are off.</source>
        <translation>Os sons de cada fase estão desligados.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n breaths, about {length}.</source>
        <translation>
            <numerusform>%n respiração, cerca de {length}.</numerusform>
            <numerusform>%n respirações, cerca de {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../app/ui/screens/checkin.py" line="+43"/>
        <source>{value} out of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skip the check-in (Esc)</source>
        <translation>Pular a pergunta (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press 0 to 9</source>
        <translation>Tecle de 0 a 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← → then Enter for 10</source>
        <translation>← → e Enter para 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc skips</source>
        <translation>Esc pula</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before you start, if you like</source>
        <translation>Antes de começar, se quiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now that you&apos;ve finished, if you like</source>
        <translation>Agora que você terminou, se quiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you go on, if you like</source>
        <translation>Antes de continuar, se quiser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Você parou.</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../../app/ui/screens/breathing.py" line="-79"/>
        <source>{where}. {time} left.</source>
        <translation>{where}. Tempo restante: {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ui/screens/exercise.py" line="+154"/>
        <source>However you feel now is fine. Stay here as long as you like.</source>
        <translation>Do jeito que você está agora, tudo bem. Fique aqui o tempo que quiser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/ui/screens/exercise.py" line="+3"/>
        <source>Stopping is always fine.</source>
        <translation>Tudo bem parar, a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise.py" line="-70"/>
        <location line="+261"/>
        <location filename="../../app/ui/screens/steps.py" line="+248"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar ou retomar (Espaço)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+260"/>
        <location filename="../../app/ui/screens/steps.py" line="+0"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the exercise (Esc). Stopping is always fine.</source>
        <translation>Parar o exercício (Esc). Tudo bem parar, a qualquer momento.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You took a moment for yourself.</source>
        <translation>Você tirou um momento para você.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come back to this whenever you want, or try something else.</source>
        <translation>Volte sempre que quiser, ou experimente outra coisa.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Space resumes</source>
        <translation>Espaço retoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space pauses</source>
        <translation>Espaço pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+48"/>
        <source>Read the prompts aloud</source>
        <translation>Ler as instruções em voz alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline voice says each phase or step; the words stay on screen</source>
        <translation>Uma voz no seu computador diz cada fase ou passo; as palavras continuam na tela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep things still</source>
        <translation>Sem movimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show words, a countdown and a progress bar instead of movement</source>
        <translation>Mostrar palavras, uma contagem regressiva e uma barra de progresso em vez de movimento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start screen (Esc)</source>
        <translation>Voltar à tela inicial (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin (Space)</source>
        <translation>Começar (Espaço)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space starts</source>
        <translation>Espaço começa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter ticks or presses</source>
        <translation>Enter marca ou aciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc goes back</source>
        <translation>Esc volta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See who you can talk to</source>
        <translation>Ver com quem falar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helplines and other people to reach, now or later</source>
        <translation>Linhas de apoio e outras pessoas a quem recorrer, agora ou depois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Once more</source>
        <translation>Mais uma vez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go through this exercise again</source>
        <translation>Fazer este exercício de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the start</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc também leva até lá</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esc goes back to the start</source>
        <translation>Esc volta ao início</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Paused for the help panel. Space goes on whenever you&apos;re ready.</source>
        <translation>Em pausa enquanto a ajuda está aberta. Espaço continua, no seu tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while your computer was away. Resume whenever you&apos;re ready.</source>
        <translation>Em pausa enquanto o computador estava em repouso. Retome no seu tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume whenever you&apos;re ready.</source>
        <translation>Em pausa. Retome no seu tempo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice is on, now and for the next exercises (Settings can change that).</source>
        <translation>A voz está ligada, agora e nos próximos exercícios (dá para mudar isso nas Configurações).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice is off, now and for the next exercises (Settings can change that).</source>
        <translation>A voz está desligada, agora e nos próximos exercícios (dá para mudar isso nas Configurações).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/run_keys.py" line="+26"/>
        <source>T time left</source>
        <translation>T tempo restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Esc: parar</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/voice_controls.py" line="+26"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the prompts aloud, or not (V)</source>
        <translation>Ler as instruções em voz alta, ou não (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Voice: on</source>
        <translation>Voz: ligada</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>Voice: off</source>
        <translation>Voz: desligada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice isn&apos;t available right now ({reason}), so the words stay on screen.</source>
        <translation>A voz não está disponível agora ({reason}), então as palavras ficam na tela.</translation>
    </message>
</context>
<context>
    <name>Gaze</name>
    <message>
        <location filename="../../app/core/gaze.py" line="+15"/>
        <source>Close</source>
        <translation>Olhos fechados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Olhos abertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner {number} of 4</source>
        <translation>Canto {number} de 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/gaze.py" line="+23"/>
        <source>A dot for your eyes to follow</source>
        <translation>Um ponto para seus olhos seguirem</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/dialogs/help.py" line="+48"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Need help now?</source>
        <translation>Precisa de ajuda agora?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your country (no location is looked up):</source>
        <translation>Seu país (sua localização não é consultada):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your country</source>
        <translation>Seu país</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anywhere else: {name} ({address}). {text}</source>
        <translation>Em qualquer outro lugar: {name} ({address}). {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close this list (Esc)</source>
        <translation>Fechar esta lista (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esc closes</source>
        <translation>Esc fecha</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call your local emergency number.</source>
        <translation>Ligue para o número de emergência do país onde você está.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency in {country}: {number}</source>
        <translation>Emergência ({country}): {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No helpline for this country is stored yet: please use the directory below.</source>
        <translation>Ainda não há linha de apoio guardada para este país: veja o site indicado abaixo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {date}.</source>
        <translation>Última verificação: {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet checked.</source>
        <translation>Ainda não verificado.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/screens/history.py" line="+53"/>
        <source>Chart of your check-ins before and after each exercise</source>
        <translation>Gráfico das suas respostas antes e depois de cada exercício</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n exercises with check-ins; on average the rating changed by {change} points</source>
        <translation>
            <numerusform>%n exercício com respostas; em média, o número mudou {change} pontos</numerusform>
            <numerusform>%n exercícios com respostas; em média, o número mudou {change} pontos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check-ins yet</source>
        <translation>Ainda sem respostas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your check-ins will appear here.</source>
        <translation>Suas respostas vão aparecer aqui.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your history</source>
        <translation>Seu histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins before (○) and after (●) each exercise, 0 settled to 10 the most distressed. It stays on this computer.</source>
        <translation>Suas respostas antes (○) e depois (●) de cada exercício, de 0 (em paz) a 10 (a maior aflição). Tudo fica neste computador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped early</source>
        <translation>interrompido antes do fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd, d &apos;de&apos; MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here yet. After an exercise, it will be listed here.</source>
        <translation>Nada aqui ainda. Depois de um exercício, ele aparece aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sessions</source>
        <translation>Seus exercícios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of your history as a spreadsheet file</source>
        <translation>Salvar uma cópia do seu histórico como planilha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Apagar todos os meus dados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every file Steady keeps about you</source>
        <translation>Remover todos os arquivos que o Steady guarda sobre você</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../app/ui/screens/home.py" line="+58"/>
        <source>Start</source>
        <translation>Tela inicial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It&apos;s OK to cry.</source>
        <translation>Tudo bem chorar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crying is a normal human reaction. There&apos;s nothing to apologise for, and no need to hold the tears back. Take all the time you need.</source>
        <translation>Chorar é uma reação humana normal. Você não precisa pedir desculpas nem segurar as lágrimas. Leve o tempo que precisar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Por que está tudo bem chorar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts about crying, with their sources</source>
        <translation>O que se sabe sobre o choro, com as fontes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let it out</source>
        <translation>Pode chorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay with the tears. No timer, nothing to do, a soft breath nearby. Press L.</source>
        <translation>Dê espaço às lágrimas. Sem tempo correndo, nada a fazer, só um círculo de respiração suave, se quiser. Pressione L.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steady myself</source>
        <translation>Tomar fôlego</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{summary} Press S.</source>
        <translation>{summary} Pressione S.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or choose what might help</source>
        <translation>Ou escolha o que pode ajudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to breathe</source>
        <translation>Outras formas de respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own plans</source>
        <translation>Seus planos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exercises could be loaded. Steady&apos;s files may be damaged; please reinstall.</source>
        <translation>Não foi possível carregar nenhum exercício. Os arquivos do Steady podem estar danificados; reinstale o Steady, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your history</source>
        <translation>Seu histórico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your past exercises and check-ins (Ctrl+Y)</source>
        <translation>Seus exercícios anteriores e respostas (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a plan</source>
        <translation>Criar um plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans: make one, change one, or share one (Ctrl+P)</source>
        <translation>Seus planos: criar, alterar ou compartilhar (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathe slowly</source>
        <translation>Respirar devagar</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <location filename="../../app/ui/screens/info.py" line="+27"/>
        <source>Back to the start</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc também leva até lá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc goes back</source>
        <translation>Esc volta</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>One-key shortcuts are switched off (Settings), so the keys marked “off” do nothing.</source>
        <translation>Os atalhos de uma tecla estão desligados (Configurações), então as teclas marcadas com “desligado” não fazem nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{does} (off)</source>
        <translation>{does} (desligado)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the list of keys (Esc)</source>
        <translation>Fechar a lista de teclas (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts/keys.py" line="+33"/>
        <source>Everywhere</source>
        <translation>Em qualquer tela</translation>
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
        <translation>Mostrar estas teclas</translation>
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
        <translation>Precisa de ajuda agora? Números de emergência e linhas de apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous button</source>
        <translation>Ir para o botão seguinte ou anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the highlighted button (Space too, outside an exercise)</source>
        <translation>Acionar o botão destacado (fora de um exercício, o Espaço também)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your history</source>
        <translation>Seu histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own plans</source>
        <translation>Seus planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a plan someone gave you</source>
        <translation>Importar um plano recebido de alguém</translation>
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
        <translation>Janela pequena sempre visível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+−</source>
        <translation>Ctrl+−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual text size</source>
        <translation>Tamanho normal do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Sair do Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screen</source>
        <translation>Tela inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steady me now: begin at once</source>
        <translation>Tomar fôlego agora: começar já</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it out</source>
        <translation>Pode chorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During an exercise</source>
        <translation>Durante um exercício</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Start, pause or go on (in grounding: count one)</source>
        <translation>Começar, pausar ou continuar (no 5-4-3-2-1: contar mais uma)</translation>
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
        <translation>Parar ou voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice on or off, from now on</source>
        <translation>Ligar ou desligar a voz, a partir de agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say how much is left (for screen readers)</source>
        <translation>Dizer quanto falta (para leitores de tela)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eyes closed: a sound for each breathing phase, on or off</source>
        <translation>Olhos fechados: um som para cada fase da respiração, ligado ou desligado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→  ←</source>
        <translation>→  ←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous step</source>
        <translation>Próximo passo ou passo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing a plan</source>
        <translation>Ao alterar um plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+↑  Alt+↓</source>
        <translation>Alt+↑  Alt+↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen part earlier or later</source>
        <translation>Mover a parte escolhida para antes ou para depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the chosen part</source>
        <translation>Duplicar a parte escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen part (in the list of parts)</source>
        <translation>Remover a parte escolhida (na lista de partes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>Salvar o plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (asks first if something isn&apos;t saved)</source>
        <translation>Voltar aos seus planos (pergunta antes, se algo não estiver salvo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you feel?</source>
        <translation>Pergunta antes e depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 9</source>
        <translation>0 a 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer with that number</source>
        <translation>Responder com esse número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>←  →, Enter</source>
        <translation>←  →, Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose any number up to 10, then answer</source>
        <translation>Escolher qualquer número até 10 e responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>Janela pequena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it at once</source>
        <translation>Ocultar imediatamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or go on</source>
        <translation>Pausar ou continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the big window</source>
        <translation>Voltar à janela grande</translation>
    </message>
</context>
<context>
    <name>LetItOut</name>
    <message>
        <location filename="../../app/ui/screens/let_it_out.py" line="+53"/>
        <source>Let it out.</source>
        <translation>Pode chorar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You don&apos;t have to do anything right now. Cry as much as you need to; the tears can come and go in their own time. If it helps, let your breath follow the circle.</source>
        <translation>Você não precisa fazer nada agora. Chore o quanto precisar; as lágrimas podem vir e ir no tempo delas. Se ajudar, deixe sua respiração acompanhar o círculo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A soft circle that slowly grows and shrinks, if you want to breathe with it</source>
        <translation>Um círculo suave que cresce e diminui devagar, se você quiser respirar com ele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the start</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc goes there too</source>
        <translation>Esc também leva até lá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to steady myself</source>
        <translation>Quero tomar fôlego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of gentle exercises, when you want them</source>
        <translation>Alguns minutos de exercícios suaves, quando você quiser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc goes back to the start</source>
        <translation>Esc volta ao início</translation>
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
        <translation>Minhas lembranças</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm or funny moments to come back to</source>
        <translation>Momentos carinhosos ou engraçados para revisitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One memory per line: where you were, who was there, what was said. They stay on this computer and nowhere else.</source>
        <translation>Uma lembrança por linha: onde você estava, quem estava lá, o que foi dito. Elas ficam neste computador e em nenhum outro lugar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My memories, one per line</source>
        <translation>Minhas lembranças, uma por linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day we got the giggles at the bus stop…</source>
        <translation>O dia em que tivemos um ataque de riso no ponto de ônibus…</translation>
    </message>
</context>
<context>
    <name>Mini</name>
    <message>
        <location filename="../../app/ui/services/mini.py" line="+35"/>
        <source>Steady · small window</source>
        <translation>Steady · janela pequena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady, small window</source>
        <translation>Steady, janela pequena</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Pause or go on (Space)</source>
        <translation>Pausar ou continuar (Espaço)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big window</source>
        <translation>Janela grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the big window (Ctrl+M)</source>
        <translation>Voltar à janela grande (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this window at once (Esc)</source>
        <translation>Ocultar esta janela imediatamente (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crying is OK. Take the time you need.</source>
        <translation>Tudo bem chorar. Leve o tempo que precisar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steady me now</source>
        <translation>Tomar fôlego agora</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/presence.py" line="+62"/>
        <source>This desktop doesn&apos;t let Steady keep this window on top. To keep it there, right-click its title bar and choose Always on Top.</source>
        <translation>Esta área de trabalho não deixa o Steady manter esta janela sempre visível. Para isso, clique com o botão direito na barra de título e escolha a opção de mantê-la sempre por cima.</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <location filename="../../app/ui/parts/pacer.py" line="+40"/>
        <source>Breathing pacer</source>
        <translation>Círculo de respiração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Um círculo que cresce quando você inspira e diminui quando você expira</translation>
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
        <translation>Mais um pouco de ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold, gently</source>
        <translation>Segure o ar, suavemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../app/ui/screens/plan_editor.py" line="+77"/>
        <source>Change your plan</source>
        <translation>Alterar seu plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new plan</source>
        <translation>Um plano novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put together what helps you, in the order you want: Steady&apos;s exercises, steps in your own words, a note from someone. Nothing leaves this computer unless you export it.</source>
        <translation>Junte o que ajuda você, na ordem que quiser: exercícios do Steady, passos com suas próprias palavras, um recado de alguém. Nada sai deste computador, a não ser que você exporte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the plan</source>
        <translation>Nome do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Before the call</source>
        <translation>Por exemplo: Antes da ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me of the plan</source>
        <translation>&amp;Nome do plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, in order</source>
        <translation>Partes, em ordem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts of the plan</source>
        <translation>Partes do plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move a part, Ctrl+D makes a copy, Delete removes it</source>
        <translation>Alt+seta para cima e Alt+seta para baixo movem uma parte, Ctrl+D faz uma cópia, Delete a remove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Steady &amp;exercise</source>
        <translation>Adicionar um &amp;exercício do Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own &amp;words</source>
        <translation>Adicionar suas &amp;palavras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note</source>
        <translation>Adicionar um &amp;recado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a part to begin: an exercise, your own words or a note.</source>
        <translation>Para começar, adicione uma parte: um exercício, suas próprias palavras ou um recado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>Para &amp;cima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part earlier (Alt+Up)</source>
        <translation>Mover esta parte para antes (Alt+seta para cima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Para &amp;baixo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this part later (Alt+Down)</source>
        <translation>Mover esta parte para depois (Alt+seta para baixo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of this part (Ctrl+D)</source>
        <translation>Adicionar uma cópia desta parte (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this part out (Delete)</source>
        <translation>Tirar esta parte (Delete)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan</source>
        <translation>O plano</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/screens/plans.py" line="+80"/>
        <source>&amp;Try it</source>
        <translation>Exper&amp;imentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the plan as it is now</source>
        <translation>Começar o plano como está agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>S&amp;ave</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Keep it in your own plans</source>
        <translation>Guardar nos seus planos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../app/ui/screens/plan_import.py" line="+60"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your plans (Esc)</source>
        <translation>Voltar aos seus planos (Esc)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Your plan needs a name.</source>
        <translation>Seu plano precisa de um nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one part.</source>
        <translation>Adicione pelo menos uma parte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds at most {count} parts.</source>
        <translation>Um plano tem no máximo {count} partes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, needs a look</source>
        <translation>, precisa de atenção</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parts, about {length}.</source>
        <translation>
            <numerusform>%n parte, cerca de {length}.</numerusform>
            <numerusform>%n partes, cerca de {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Once the marked fields are sorted, you can try it</source>
        <translation>Quando os campos marcados estiverem certos, você pode experimentar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep your changes?</source>
        <translation>Manter suas alterações?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your new plan</source>
        <translation>seu plano novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed “{title}” and haven&apos;t saved it yet.</source>
        <translation>Você alterou “{title}” e ainda não salvou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It can&apos;t be saved yet: some fields need a look.</source>
        <translation>Ainda não dá para salvar: alguns campos precisam de atenção.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave without saving</source>
        <translation>Voltar sem salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep changing it</source>
        <translation>Continuar alterando</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_import.py" line="-14"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nothing and go back (Esc)</source>
        <translation>Não adicionar nada e voltar (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to my plans</source>
        <translation>&amp;Adicionar aos meus planos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steady can&apos;t use this plan</source>
        <translation>O Steady não pode usar este plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added. Steady could not use {file}:</source>
        <translation>Nada foi adicionado. O Steady não conseguiu usar {file}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan to look at</source>
        <translation>Um plano para ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file {file}. Nothing is added until you choose to.</source>
        <translation>Do arquivo {file}. Nada é adicionado até você decidir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (as the file says): {who}</source>
        <translation>De (segundo o arquivo): {who}</translation>
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
            <numerusform>%n parte, cerca de {length}:</numerusform>
            <numerusform>%n partes, cerca de {length}:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You already have something called “{id}”. Nothing is replaced: this plan will be kept beside it as “{title}”.</source>
        <translation>Você já tem algo chamado “{id}”. Nada é substituído: este plano vai ficar ao lado, como “{title}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the plan holds</source>
        <translation>O que o plano contém</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plan_parts.py" line="+36"/>
        <source>An exercise this version of Steady doesn&apos;t have ({id})</source>
        <translation>Um exercício que esta versão do Steady não tem ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when you&apos;re ready</source>
        <translation>no seu tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your words: {text} · {how}</source>
        <translation>Suas palavras: {text} · {how}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note from {sender}: {text}</source>
        <translation>Um recado de {sender}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note: {text}</source>
        <translation>Um recado: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This needs a few words.</source>
        <translation>Faltam algumas palavras aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is {length} characters long; {limit} fit. Please shorten it.</source>
        <translation>Aqui há {length} caracteres; cabem {limit}. Encurte um pouco, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This exercise no longer exists in Steady; please choose another or remove this part.</source>
        <translation>Este exercício não existe mais no Steady; escolha outro ou remova esta parte, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holds characters that aren&apos;t text; please type it again.</source>
        <translation>Há caracteres aqui que não são texto; digite de novo, por favor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which exercise</source>
        <translation>Qual exercício</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which e&amp;xercise</source>
        <translation>&amp;Qual exercício</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long</source>
        <translation>Quanto tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>Quanto &amp;tempo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not in this version of Steady: {id})</source>
        <translation>(não existe nesta versão do Steady: {id})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your words</source>
        <translation>Suas palavras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Feet on the floor. Notice the ground holding you.</source>
        <translation>Por exemplo: Pés no chão. Perceba o chão sustentando você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>Suas pa&amp;lavras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on by itself after</source>
        <translation>Avançar automaticamente após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise it waits until you press Next</source>
        <translation>Senão, espera até você pressionar “Próximo”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the seconds, or use the Up and Down keys</source>
        <translation>Digite os segundos ou use as setas para cima e para baixo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a time, it waits until you&apos;re ready.</source>
        <translation>Sem tempo marcado, espera por você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the voice says instead</source>
        <translation>O que a voz diz em vez disso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to hear your words as written</source>
        <translation>Deixe vazio para ouvir suas palavras como estão escritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the voi&amp;ce says instead (if you like)</source>
        <translation>O que a v&amp;oz diz em vez disso (se quiser)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <source>The note</source>
        <translation>O recado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>For example: Try this before the call.</source>
        <translation>Por exemplo: Experimente isto antes da ligação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is from</source>
        <translation>Quem assina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sam, 3 March</source>
        <translation>Por exemplo: Sam, 3 de março</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it is &amp;from (if you like)</source>
        <translation>Quem &amp;assina (se quiser)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/plans.py" line="-37"/>
        <location line="+13"/>
        <source>Your own plans</source>
        <translation>Seus planos</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Plans you make, on your own or with someone you trust, such as your therapist. Each one is on the start screen. Export a plan to hand it over as one file; open a plan file you were given to add it here.</source>
        <translation>Planos que você cria, por conta própria ou com alguém de confiança, como seu ou sua terapeuta. Cada um aparece na tela inicial. Exporte um plano para entregá-lo como um único arquivo; abra um arquivo de plano que você recebeu para adicioná-lo aqui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter changes the chosen plan</source>
        <translation>Enter altera o plano escolhido</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} · %n parts, about {length}</source>
        <translation>
            <numerusform>{title} · %n parte, cerca de {length}</numerusform>
            <numerusform>{title} · %n partes, cerca de {length}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No plans yet. A new plan takes a minute or two, and you can change it later.</source>
        <translation>Ainda não há planos. Criar um leva um ou dois minutos, e dá para alterar depois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New plan</source>
        <translation>&amp;Novo plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new plan</source>
        <translation>Criar um plano novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change</source>
        <translation>&amp;Alterar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen plan</source>
        <translation>Alterar o plano escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the chosen plan</source>
        <translation>Começar o plano escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan as one file</source>
        <translation>Salvar o plano como um único arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Apa&amp;gar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen plan</source>
        <translation>Remover o plano escolhido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open a plan file…</source>
        <translation>A&amp;brir um arquivo de plano…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan someone gave you (Ctrl+O)</source>
        <translation>Adicionar um plano recebido de alguém (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+72"/>
        <source>A plan file can&apos;t be read: {problem}</source>
        <translation>Não foi possível ler um arquivo de plano: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The plan could not be saved ({reason}). Your changes are still here.</source>
        <translation>Não foi possível salvar o plano ({reason}). Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{title}”.</source>
        <translation>“{title}” foi salvo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export a plan</source>
        <translation>Exportar um plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady plans (*.steady)</source>
        <translation>Planos do Steady (*.steady)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan could not be exported ({reason}).</source>
        <translation>Não foi possível exportar o plano ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported “{title}” to {file}.</source>
        <translation>“{title}” foi exportado para {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this plan?</source>
        <translation>Apagar este plano?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”? This can&apos;t be undone; export it first if you may want it again.</source>
        <translation>Apagar “{title}”? Não dá para desfazer; se achar que pode querer usá-lo de novo, exporte antes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Steady plans and exercises (*.steady *.toml)</source>
        <translation>Planos e exercícios do Steady (*.steady *.toml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A plan to look at · Steady</source>
        <translation>Um plano para ver · Steady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan could not be added ({reason}).</source>
        <translation>Não foi possível adicionar o plano ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is now in your plans and on the start screen.</source>
        <translation>“{title}” agora está nos seus planos e na tela inicial.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/core/preferences.py" line="+62"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or high-contrast colours, or follow the system.</source>
        <translation>Cores claras, escuras ou de alto contraste, ou como no sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Como no sistema</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text and buttons larger.</source>
        <translation>Aumentar todo o texto e os botões.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Steady&apos;s words. Takes effect when Steady opens.</source>
        <translation>O idioma das palavras do Steady. Vale a partir da próxima vez que o Steady abrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motion</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moving pacer, or a still one (a countdown and a progress bar), or follow the system&apos;s reduce-motion preference.</source>
        <translation>Um círculo de respiração que se move, ou uma tela parada (contagem regressiva e barra de progresso), ou seguir a opção de reduzir movimento do sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving</source>
        <translation>Com movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still</source>
        <translation>Sem movimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip the holds</source>
        <translation>Sem segurar o ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out breath holds in patterns that have them (box, 4-7-8).</source>
        <translation>Deixar de fora os momentos de segurar o ar nos ritmos que os têm (quadrada, 4-7-8).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Notice” wording</source>
        <translation>Modo “perceber”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can&apos;t see or hear.</source>
        <translation>Na técnica 5-4-3-2-1, dizer “perceber” em vez de “ver” e “ouvir”, para quem não enxerga ou não ouve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-key shortcuts</source>
        <translation>Atalhos de uma tecla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys like Space, S or V act on their own. Turn off if you press keys by accident; the Ctrl shortcuts and Tab still work.</source>
        <translation>Teclas como Espaço, S ou V funcionam sozinhas. Desligue se você aperta teclas sem querer; os atalhos com Ctrl e o Tab continuam funcionando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell screen readers</source>
        <translation>Avisar leitores de tela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen readers say each new breathing phase and step as it begins.</source>
        <translation>Os leitores de tela anunciam cada nova fase da respiração e cada passo quando começam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the prompts aloud</source>
        <translation>Ler as instruções em voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm offline voice says each phase and step. Off until you turn it on.</source>
        <translation>Uma voz tranquila, no seu computador, diz cada fase e cada passo. Desligada até você ligar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chime</source>
        <translation>Som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound as each breathing phase begins (rising to breathe in, falling to breathe out), with the words or instead of them.</source>
        <translation>Um som suave no início de cada fase da respiração (sobe ao inspirar, desce ao expirar), com as palavras ou no lugar delas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chime</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chime and words</source>
        <translation>Som e palavras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chime instead of words</source>
        <translation>Som em vez de palavras</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/dialogs/settings.py" line="+30"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which voice reads the prompts; empty for the usual one.</source>
        <translation>Qual voz lê as instruções; vazio para a voz padrão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask how I feel before and after</source>
        <translation>Perguntar como estou antes e depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 0 to 10 check-in before and after each exercise; one key skips it. Your answers stay on this computer.</source>
        <translation>Uma pergunta de 0 a 10 antes e depois de cada exercício; dá para pular com uma tecla. Suas respostas ficam neste computador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country for helplines</source>
        <translation>País das linhas de apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s helplines to show first.</source>
        <translation>De que país mostrar primeiro as linhas de apoio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome shown</source>
        <translation>Boas-vindas mostradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run welcome has been seen.</source>
        <translation>As boas-vindas da primeira abertura já foram vistas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told how to keep the small window on top</source>
        <translation>Já foi explicado como manter a janela pequena visível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the desktop can&apos;t keep it on top (Wayland), Steady has said how, once.</source>
        <translation>Onde a área de trabalho não consegue mantê-la sempre visível (Wayland), o Steady já explicou uma vez como fazer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the window was</source>
        <translation>Onde a janela estava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window&apos;s screen, position, size and whether it was maximised.</source>
        <translation>A tela, a posição e o tamanho da janela, e se estava maximizada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the voice speaks.</source>
        <translation>A rapidez com que a voz fala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words a minute</source>
        <translation>palavras por minuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How loud the voice is.</source>
        <translation>O volume da voz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="-4"/>
        <source>How it looks</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Pergunta antes e depois</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Try the voice</source>
        <translation>Experimentar a voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear the voice with these settings</source>
        <translation>Ouvir a voz com estas configurações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice isn&apos;t available right now: {reason}.</source>
        <translation>A voz não está disponível agora: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the settings; every change is already kept (Esc)</source>
        <translation>Fechar as configurações; todas as mudanças já estão guardadas (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>The usual voice</source>
        <translation>A voz padrão</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../app/ui/screens/step_views.py" line="+97"/>
        <source>Keep the words I choose</source>
        <translation>Guardar as palavras que eu escolher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in your notes on this computer. Off unless you turn it on: otherwise nothing you pick is saved</source>
        <translation>Ficam nas suas anotações, neste computador. Desligado até você ligar: sem isso, nada do que você escolhe é salvo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I feel {word}</source>
        <translation>Sinto {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Right now I feel: {words}.</source>
        <translation>Neste momento, sinto: {words}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A time you laughed until you cried.</source>
        <translation>Uma vez em que você riu até chorar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who makes you feel at home.</source>
        <translation>Alguém que faz você se sentir em casa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place where you felt safe and easy.</source>
        <translation>Um lugar onde você se sentiu em segurança e à vontade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small kindness someone showed you.</source>
        <translation>Uma pequena gentileza que alguém teve com você.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another memory</source>
        <translation>Outra lembrança</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a different one of your memories</source>
        <translation>Mostrar outra das suas lembranças</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>My memories…</source>
        <translation>Minhas lembranças…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add, change or remove your own memories</source>
        <translation>Adicionar, alterar ou remover suas lembranças</translation>
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
        <translation>Nada guardado aqui ainda, e tudo bem. Você pode pensar em:
{ideas}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my memories…</source>
        <translation>Adicionar minhas lembranças…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{taps} of {count} found</source>
        <translation>{taps} de {count} até agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taps} of {count}  ·  Space or “Found one” for each</source>
        <translation>{taps} de {count}  ·  Espaço ou “Achei” para contar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/steps.py" line="-178"/>
        <source>%n steps, about {length}.</source>
        <translation>
            <numerusform>%n passo, cerca de {length}.</numerusform>
            <numerusform>%n passos, cerca de {length}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}. About {length}.</source>
        <translation>{parts}. Cerca de {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “notice” wording</source>
        <translation>Usar o modo “perceber”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For anyone who can&apos;t see or hear: “notice” instead of “see” and “hear”</source>
        <translation>Para quem não enxerga ou não ouve: “perceber” em vez de “ver” e “ouvir”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How far through the whole exercise</source>
        <translation>Quanto já passou do exercício todo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous step</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back one step (Left arrow)</source>
        <translation>Voltar um passo (seta para a esquerda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The next step (Right arrow)</source>
        <translation>O próximo passo (seta para a direita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Found one</source>
        <translation>Achei</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>Skip ahead</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} de {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part {number} of {count}  ·  {part}</source>
        <translation>Parte {number} de {count}  ·  {part}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>When you&apos;re ready</source>
        <translation>No seu tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{length} left</source>
        <translation>faltam {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s left</source>
        <translation>faltam {seconds} s</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step {number}</source>
        <translation>Passo {number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>← → change step</source>
        <translation>← → mudar de passo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space counts</source>
        <translation>Espaço conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space finishes</source>
        <translation>Espaço conclui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space goes on</source>
        <translation>Espaço continua</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This step: {time}.</source>
        <translation>Tempo restante neste passo: {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found} of {count} found.</source>
        <translation>{found} de {count} até agora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step waits for you.</source>
        <translation>Este passo espera por você.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {time} left in all.</source>
        <translation>Tempo restante ao todo: cerca de {time}.</translation>
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
        <translation>Tomar fôlego agora</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show or hide Steady</source>
        <translation>Mostrar ou ocultar o Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small window</source>
        <translation>Janela pequena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair do Steady</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Let it out</source>
        <translation>Pode chorar</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../app/ui/services/narration.py" line="+21"/>
        <source>no sound output was found on this computer</source>
        <translation>nenhuma saída de som foi encontrada neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the espeak-ng speech library is not installed (package libespeak-ng1)</source>
        <translation>a biblioteca de voz espeak-ng não está instalada (pacote libespeak-ng1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the voice is not set up</source>
        <translation>a voz não está configurada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer has no voice for {language}</source>
        <translation>este computador não tem voz para {language}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../app/ui/screens/why_ok.py" line="+14"/>
        <source>A survey</source>
        <translation>Uma pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study</source>
        <translation>Um estudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One estimate</source>
        <translation>Uma estimativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review of studies</source>
        <translation>Uma revisão de estudos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link seen in studies, not proof of cause</source>
        <translation>Uma associação vista em estudos, não prova de causa</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Why it&apos;s OK to cry</source>
        <translation>Por que está tudo bem chorar</translation>
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
        <translation>Antes de começar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/screens/exercise_pages.py" line="+0"/>
        <source>You can stop at any moment.</source>
        <translation>Você pode parar a qualquer momento.</translation>
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
            <numerusform>%n respiração</numerusform>
            <numerusform>%n respirações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
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
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+13"/>
        <source>Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, does not diagnose or treat anything, and is not a substitute for therapy or care.</source>
        <translation>O Steady serve para relaxar e voltar ao momento presente, para o seu bem-estar. Não é um dispositivo médico, não diagnostica nem trata nada e não substitui terapia nem cuidados de saúde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything stays on this computer, in files only you can read: no account, no network, no analytics. You can export your history or delete all of it at any time (Steady → My history).</source>
        <translation>Tudo fica neste computador, em arquivos que só você pode ler: sem conta, sem internet, sem rastreamento. Você pode exportar seu histórico ou apagar tudo a qualquer momento (Steady → Meu histórico).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Steady</source>
        <translation>Boas-vindas ao Steady</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Steady</source>
        <translation>Sobre o Steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm companion for moments of tears or overwhelm: crying is OK, and gentle exercises are here if you want a moment to steady yourself.</source>
        <translation>Uma companhia tranquila para momentos de lágrimas ou sobrecarga: tudo bem chorar, e há exercícios suaves aqui se você quiser um momento para tomar fôlego.</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="+33"/>
        <source>&amp;Steady</source>
        <translation>&amp;Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;start</source>
        <translation>Voltar ao &amp;início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;plans</source>
        <translation>Meus &amp;planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a plan…</source>
        <translation>I&amp;mportar um plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;memories…</source>
        <translation>Minhas &amp;lembranças…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;history</source>
        <translation>Meu &amp;histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep things st&amp;ill (no motion)</source>
        <translation>&amp;Sem movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small &amp;window on top</source>
        <translation>&amp;Janela pequena sempre visível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>Texto me&amp;nor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usual text size</source>
        <translation>&amp;Tamanho normal do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours</source>
        <translation>C&amp;ores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Need help now?</source>
        <translation>&amp;Precisa de ajuda agora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it&apos;s OK to cry</source>
        <translation>Por &amp;que está tudo bem chorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Steady</source>
        <translation>&amp;Sobre o Steady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the &amp;system</source>
        <translation>Como no &amp;sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="+152"/>
        <source>Let it out · Steady</source>
        <translation>Pode chorar · Steady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it&apos;s OK to cry · Steady</source>
        <translation>Por que está tudo bem chorar · Steady</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your history · Steady</source>
        <translation>Seu histórico · Steady</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../app/ui/services/planning.py" line="-131"/>
        <location line="+18"/>
        <source>Your own plans · Steady</source>
        <translation>Seus planos · Steady</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/keeping.py" line="+74"/>
        <source>Would it help to talk to someone?</source>
        <translation>Ajudaria falar com alguém?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to someone you trust, or to a helpline, can help.</source>
        <translation>Falar com alguém de confiança, ou com uma linha de apoio, pode ajudar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See who you can talk to</source>
        <translation>Ver com quem falar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export your history</source>
        <translation>Exportar seu histórico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>Não foi possível gravar {file} ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History exported</source>
        <translation>Histórico exportado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions were saved to {file}.</source>
        <translation>
            <numerusform>%n exercício foi salvo em {file}.</numerusform>
            <numerusform>%n exercícios foram salvos em {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all my data?</source>
        <translation>Apagar todos os meus dados?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes your history, check-ins, memories, kept words, your own exercises and plans, and your settings from this computer. It can&apos;t be undone.</source>
        <translation>Isto remove deste computador seu histórico, suas respostas, lembranças e palavras guardadas, seus próprios exercícios e planos, e suas configurações. Não dá para desfazer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted</source>
        <translation>Apagado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were removed. Steady keeps nothing about you now.</source>
        <translation>
            <numerusform>%n arquivo foi removido. Agora o Steady não guarda nada sobre você.</numerusform>
            <numerusform>%n arquivos foram removidos. Agora o Steady não guarda nada sobre você.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some history files could not be removed: {reason}</source>
        <translation>Não foi possível remover alguns arquivos do histórico: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/notes.py" line="+25"/>
        <source>A note about your files</source>
        <translation>Um aviso sobre seus arquivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/own_things.py" line="+69"/>
        <source>This plan can&apos;t be used</source>
        <translation>Não é possível usar este plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied. Steady could not use {file}:</source>
        <translation>Nada foi copiado. O Steady não conseguiu usar {file}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan added</source>
        <translation>Plano adicionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is now on the start screen.</source>
        <translation>“{title}” agora está na tela inicial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/services/planning.py" line="+82"/>
        <source>Import a plan</source>
        <translation>Importar um plano</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="+90"/>
        <source>Need help now?</source>
        <translation>Precisa de ajuda agora?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency numbers and helplines (Ctrl+H)</source>
        <translation>Números de emergência e linhas de apoio (Ctrl+H)</translation>
    </message>
</context>
</TS>
