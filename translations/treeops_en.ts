<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../core/cli/CliApplication.cpp" line="+357"/>
        <source>%n assessment(s) listed</source>
        <translation>
            <numerusform>%n assessment listed</numerusform>
            <numerusform>%n assessments listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentsPage</name>
    <message numerus="yes">
        <location filename="../widgets/assessments/AssessmentsPage.cpp" line="+265"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln assessment</numerusform>
            <numerusform>%Ln assessments</numerusform>
        </translation>
    </message>
</context>
</TS>
