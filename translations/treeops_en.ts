<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../core/cli/CliApplication.cpp" line="+545"/>
        <source>%n assessment(s) listed</source>
        <translation>
            <numerusform>%n assessment listed</numerusform>
            <numerusform>%n assessments listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <location filename="../core/storage/outbox/OutboxReplayer.cpp" line="+110"/>
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message numerus="yes">
        <location filename="../core/quality/QualityReport.cpp" line="+114"/>
        <source>%1 of %2 rows fail; the first %n key(s):</source>
        <translation>
            <numerusform>%1 of %2 rows fail; the first key:</numerusform>
            <numerusform>%1 of %2 rows fail; the first %n keys:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message numerus="yes">
        <location filename="../core/assessments/StoreWorker.cpp" line="+354"/>
        <source>%n assessment(s) moved to the archive</source>
        <translation>
            <numerusform>%n assessment moved to the archive</numerusform>
            <numerusform>%n assessments moved to the archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentsPage</name>
    <message numerus="yes">
        <location filename="../widgets/assessments/AssessmentsPage.cpp" line="+138"/>
        <source>%Ln assessment(s), as loaded last</source>
        <translation>
            <numerusform>%Ln assessment, as loaded last</numerusform>
            <numerusform>%Ln assessments, as loaded last</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+236"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln assessment</numerusform>
            <numerusform>%Ln assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::DataTiersPage</name>
    <message numerus="yes">
        <location filename="../widgets/tiers/DataTiersPage.cpp" line="+114"/>
        <source>%n cached key(s) deleted from the hot tier.</source>
        <translation>
            <numerusform>%n cached key deleted from the hot tier.</numerusform>
            <numerusform>%n cached keys deleted from the hot tier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Outbox: %n change(s) waiting for the store</source>
        <translation>
            <numerusform>Outbox: %n change waiting for the store</numerusform>
            <numerusform>Outbox: %n changes waiting for the store</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::FactorTreeModel</name>
    <message numerus="yes">
        <location filename="../widgets/factors/FactorTreeModel.cpp" line="+228"/>
        <source>%1 (%n selected)</source>
        <comment>domain row: its name and how many of its factors are selected</comment>
        <translation>
            <numerusform>%1 (%n selected)</numerusform>
            <numerusform>%1 (%n selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::FailingRowsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/quality/FailingRowsPanel.cpp" line="+94"/>
        <source>%1 of %2 rows fail; the first %n kept:</source>
        <translation>
            <numerusform>%1 of %2 rows fail; the first one kept:</numerusform>
            <numerusform>%1 of %2 rows fail; the first %n kept:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/main/MainWindow.cpp" line="+257"/>
        <source>%n change(s) refused by the store</source>
        <translation>
            <numerusform>%n change refused by the store</numerusform>
            <numerusform>%n changes refused by the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::QualityPage</name>
    <message numerus="yes">
        <location filename="../widgets/quality/QualityPage.cpp" line="+446"/>
        <source>%n critical rule(s) not passing</source>
        <translation>
            <numerusform>%n critical rule not passing</numerusform>
            <numerusform>%n critical rules not passing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::RefusedChangesView</name>
    <message numerus="yes">
        <location filename="../widgets/tiers/RefusedChangesView.cpp" line="+85"/>
        <source>%n change(s) saved as %1</source>
        <translation>
            <numerusform>%n change saved as %1</numerusform>
            <numerusform>%n changes saved as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n change(s) discarded</source>
        <translation>
            <numerusform>%n change discarded</numerusform>
            <numerusform>%n changes discarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Discard %n refused change(s)?

%1

They are deleted from this computer and will never reach the store. Save them as JSON first if the work may be needed.</source>
        <translation>
            <numerusform>Discard %n refused change?

%1

It is deleted from this computer and will never reach the store. Save it as JSON first if the work may be needed.</numerusform>
            <numerusform>Discard %n refused changes?

%1

They are deleted from this computer and will never reach the store. Save them as JSON first if the work may be needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::RuleResultsModel</name>
    <message numerus="yes">
        <location filename="../widgets/quality/RuleResultsModel.cpp" line="+127"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>The last %n run(s), oldest on the left; taller bars fail more rows.</source>
        <translation>
            <numerusform>The last run; taller bars fail more rows.</numerusform>
            <numerusform>The last %n runs, oldest on the left; taller bars fail more rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::TableSection</name>
    <message numerus="yes">
        <location filename="../widgets/editor/TableSection.cpp" line="+165"/>
        <source>… and %n more, marked in the table</source>
        <translation>
            <numerusform>… and %n more, marked in the table</numerusform>
            <numerusform>… and %n more, marked in the table</numerusform>
        </translation>
    </message>
</context>
</TS>
