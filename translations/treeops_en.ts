<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../core/cli/CliApplication.cpp" line="+414"/>
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
        <location filename="../widgets/assessments/AssessmentsPage.cpp" line="+323"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln assessment</numerusform>
            <numerusform>%Ln assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::FactorTreeModel</name>
    <message numerus="yes">
        <location filename="../widgets/factors/FactorTreeModel.cpp" line="+218"/>
        <source>%1 (%n selected)</source>
        <comment>domain row: its name and how many of its factors are selected</comment>
        <translation>
            <numerusform>%1 (%n selected)</numerusform>
            <numerusform>%1 (%n selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::TableSection</name>
    <message numerus="yes">
        <location filename="../widgets/editor/TableSection.cpp" line="+162"/>
        <source>… and %n more, marked in the table</source>
        <translation>
            <numerusform>… and %n more, marked in the table</numerusform>
            <numerusform>… and %n more, marked in the table</numerusform>
        </translation>
    </message>
</context>
</TS>
