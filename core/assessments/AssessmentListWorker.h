#pragma once

#include "storage/Records.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace treeops::storage {
class Store;
}

namespace treeops::assessments {

// What a window shows about the store it lists from.
struct StoreOverview {
    QString location;
    QString catalogVersion;
    QString ratesVersion;
    QStringList states; // USPS codes the active rates price, sorted
};

// Serves assessment lists from a store connection of its own, so that it can live in a worker
// thread: an SQLite connection must stay in the thread that opened it. Every request carries an
// id chosen by the caller and echoed in the answer, so answers to superseded requests can be
// recognised and dropped.
class AssessmentListWorker : public QObject {
    Q_OBJECT

public:
    // The id `failed` carries when the store itself could not be opened.
    static constexpr quint64 OpenRequest = 0;

    explicit AssessmentListWorker(QObject* parent = nullptr);
    ~AssessmentListWorker() override;

public slots:
    void open(const QString& storeUrl);
    void fetchPage(quint64 requestId, const treeops::storage::AssessmentFilter& filter);
    void count(quint64 requestId, const treeops::storage::AssessmentFilter& filter);

signals:
    void opened(const treeops::assessments::StoreOverview& overview);
    void pageFetched(quint64 requestId, int offset,
                     const QList<treeops::storage::AssessmentSummary>& rows);
    void counted(quint64 requestId, qint64 total);
    void failed(quint64 requestId, const QString& message);

private:
    template <typename Query> void serve(quint64 requestId, Query query);

    std::unique_ptr<storage::Store> m_store;
    QString m_openError;
};

} // namespace treeops::assessments

Q_DECLARE_METATYPE(treeops::storage::AssessmentFilter)
Q_DECLARE_METATYPE(treeops::storage::AssessmentSummary)
Q_DECLARE_METATYPE(treeops::assessments::StoreOverview)
