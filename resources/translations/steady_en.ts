<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message numerus="yes">
        <location filename="../../app/ui/screens/breathing.py" line="+87"/>
        <source>Breathe for %n minutes</source>
        <translation>
            <numerusform>Breathe for %n minute</numerusform>
            <numerusform>Breathe for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>{phase}, %n seconds left</source>
        <translation>
            <numerusform>{phase}, %n second left</numerusform>
            <numerusform>{phase}, %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n breaths, about {length}.</source>
        <translation>
            <numerusform>%n breath, about {length}.</numerusform>
            <numerusform>%n breaths, about {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../../app/ui/screens/history.py" line="+66"/>
        <source>%n exercises with check-ins; on average the rating changed by {change} points</source>
        <translation>
            <numerusform>%n exercise with check-ins; on average the rating changed by {change} points</numerusform>
            <numerusform>%n exercises with check-ins; on average the rating changed by {change} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message numerus="yes">
        <location filename="../../app/ui/screens/plan_editor.py" line="+314"/>
        <source>%n parts, about {length}.</source>
        <translation>
            <numerusform>%n part, about {length}.</numerusform>
            <numerusform>%n parts, about {length}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/plan_import.py" line="+80"/>
        <source>%n parts, about {length}:</source>
        <translation>
            <numerusform>%n part, about {length}:</numerusform>
            <numerusform>%n parts, about {length}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/screens/plans.py" line="+60"/>
        <source>{title} · %n parts, about {length}</source>
        <translation>
            <numerusform>{title} · %n part, about {length}</numerusform>
            <numerusform>{title} · %n parts, about {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message numerus="yes">
        <location filename="../../app/ui/screens/steps.py" line="+70"/>
        <source>%n steps, about {length}.</source>
        <translation>
            <numerusform>%n step, about {length}.</numerusform>
            <numerusform>%n steps, about {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message numerus="yes">
        <location filename="../../app/ui/parts/time_words.py" line="+28"/>
        <source>%n breaths</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
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
    <message numerus="yes">
        <location line="-1"/>
        <location line="+6"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message numerus="yes">
        <location filename="../../app/ui/services/keeping.py" line="+108"/>
        <source>%n sessions were saved to {file}.</source>
        <translation>
            <numerusform>%n session was saved to {file}.</numerusform>
            <numerusform>%n sessions were saved to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n files were removed. Steady keeps nothing about you now.</source>
        <translation>
            <numerusform>%n file was removed. Steady keeps nothing about you now.</numerusform>
            <numerusform>%n files were removed. Steady keeps nothing about you now.</numerusform>
        </translation>
    </message>
</context>
</TS>
