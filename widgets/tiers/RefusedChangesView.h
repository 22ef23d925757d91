#pragma once

#include "assessments/StoreWorker.h"

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace treeops::widgets {

class ResultLabel;
// The Data tiers page's review of the changes a shared store refused when the outbox replayed
// them (someone else changed the assessment meanwhile): which assessment, when the change was
// made and why it was refused. "Save as JSON…" keeps a record of the chosen ones, "Discard…"
// deletes them from this computer after a confirmation naming them. Shown only while there are
// some; the store worker does the work.
class RefusedChangesView : public QGroupBox {
    Q_OBJECT

public:
    explicit RefusedChangesView(assessments::StoreWorker* worker, QWidget* parent = nullptr);

    // Asks the store worker for the refused changes.
    void refresh();
    // What "Save as JSON…" does once its dialog has a file: for scripts and tests.
    void saveSelectedTo(const QString& path);

signals:
    void listed(int count);

private:
    void showChanges(quint64 requestId, const QList<assessments::RefusedChange>& changes);
    QList<qint64> selectedSequences() const;
    QStringList selectedDescriptions() const;
    void saveSelected();
    void discardSelected();
    void updateActions();
    void connectWorker();

    assessments::StoreWorker* m_worker;
    QTableWidget* m_table;
    QPushButton* m_save;
    QPushButton* m_discard;
    ResultLabel* m_result;
    QList<qint64> m_shown; // sequences listed, in order, so an unchanged list keeps its selection
    quint64 m_listRequest = 0;
    quint64 m_actionRequest = 0;
};

} // namespace treeops::widgets
