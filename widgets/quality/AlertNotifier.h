#pragma once

#include "quality/QualityAlert.h"

#include <QNetworkAccessManager>
#include <QObject>

class QSystemTrayIcon;

namespace treeops::widgets {

// Tells people about a quality incident: a desktop notification (where the desktop has a
// notification area) and, when one is configured, a webhook POST with the alert as JSON. A
// webhook that cannot be reached is tried again twice before the failure is reported.
class AlertNotifier : public QObject {
    Q_OBJECT

public:
    explicit AlertNotifier(QObject* parent = nullptr);

    void notify(const quality::QualityAlert& alert);

signals:
    // `desktop`: whether a desktop notification was shown.
    void notified(const treeops::quality::QualityAlert& alert, bool desktop);
    void webhookDelivered(const QString& url, int httpStatus);
    void webhookFailed(const QString& url, const QString& reason);

private:
    bool showDesktopNotification(const quality::QualityAlert& alert);
    void post(const QUrl& url, const QByteArray& body, int attempt);

    QNetworkAccessManager m_network;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace treeops::widgets
