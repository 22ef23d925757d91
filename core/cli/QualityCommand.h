#pragma once

#include "quality/QualityRun.h"

#include <QTextStream>

namespace treeops::storage {
class QualityHistory;
class ReadOnlySql;
} // namespace treeops::storage

namespace treeops::cli {

// `treeops-cli quality …`: run rules (and gate a pipeline on the critical ones), list them,
// show past runs, save custom rules and print a run as an HTML, CSV or JSON report.
class QualityCommand {
public:
    struct Request {
        QString action; // run, rules, history, save-rule, report
        QString storeUrl;
        QString storeLocation; // for people to read, without credentials
        QStringList ruleIds;
        QString format; // text or json; html, csv or json for a report
        int sampleLimit = 100;
        int limit = 20;
        qint64 runId = 0; // report: the run, or 0 for the latest
        QByteArray input; // save-rule: the rule's JSON
        QString inputSource;
    };

    QualityCommand(QTextStream& out, QTextStream& err);
    ~QualityCommand();

    // Returns the exit code. Throws StoreError for what the store refuses.
    int execute(const Request& request);

private:
    int run(const Request& r);
    int listRules(const Request& r);
    int history(const Request& r);
    int saveRule(const Request& r);
    int report(const Request& r);
    void printRun(const quality::RunRecord& run);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<storage::QualityHistory> m_history;
};

} // namespace treeops::cli
