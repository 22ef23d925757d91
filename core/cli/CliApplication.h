#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

class QJsonObject;

namespace treeops::storage {
class Store;
}

namespace treeops::cli {

// Exit codes of treeops-cli.
// QualityGate: a critical data-quality rule failed or could not run (`quality run`).
enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2, QualityGate = 3 };

// Writes `object` as indented JSON, as every command's --format json does.
void printJson(QTextStream& out, const QJsonObject& object);

// treeops-cli: every capability of TreeOps, scriptable. Results go to `out`, errors and
// progress lines to `err`; `in` is read for `--input -`.
class CliApplication {
public:
    CliApplication(QIODevice& in, QTextStream& out, QTextStream& err);
    ~CliApplication();

    int run(const QStringList& arguments);

private:
    struct Options;

    int dispatch(const Options& options);
    int quote(const Options& o);
    int catalogCommand(const Options& o);
    int ratesCommand(const Options& o);
    int assessmentCommand(const Options& o);
    int assessmentSave(const Options& o);
    int assessmentList(const Options& o);
    int assessmentShow(const Options& o);
    int assessmentChange(const Options& o);
    int demoSeed(const Options& o);
    int storeTestConnection(const Options& o);
    int archiveCommand(const Options& o);
    int archiveRun(const Options& o);
    int archiveStats(const Options& o);
    int qualityCommand(const Options& o);

    storage::Store& store(const Options& o);
    bool readInput(const QString& name, QByteArray& bytes, QString& source);
    // Reads and checks a catalog or rates file, printing every problem as file: path: reason.
    template <typename Data, typename Reader>
    std::optional<Data> readReferenceFile(const QString& file, Reader read);
    int usageError(const QString& message);

    QIODevice& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<storage::Store> m_store;
};

} // namespace treeops::cli
