#include "quality/AlertNotifier.h"

#include "common/AppIcon.h"
#include "main/Settings.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSystemTrayIcon>
#include <QTimer>
#include <array>
#include <chrono>

namespace treeops::widgets {
namespace {

using namespace std::chrono_literals;

// Waits before the second and third attempt: a receiver that restarts gets a little time.
constexpr std::array RetryDelays{2s, 10s};
constexpr auto RequestTimeout = 15s;
constexpr int NotificationMs = 10'000;

} // namespace

AlertNotifier::AlertNotifier(QObject* parent)
    : QObject(parent) {}

void AlertNotifier::notify(const quality::QualityAlert& alert) {
    emit notified(alert, showDesktopNotification(alert));
    const QString webhook = Settings().effectiveQualityWebhookUrl();
    if (!webhook.isEmpty())
        post(QUrl(webhook), QJsonDocument(quality::alertToJson(alert)).toJson(), 0);
}

bool AlertNotifier::showDesktopNotification(const quality::QualityAlert& alert) {
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("TreeOps"));
    }
    m_tray->show();
    m_tray->showMessage(alert.title(), alert.text(), QSystemTrayIcon::Warning, NotificationMs);
    return true;
}

void AlertNotifier::post(const QUrl& url, const QByteArray& body, int attempt) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TreeOps"));
    request.setTransferTimeout(int(std::chrono::milliseconds(RequestTimeout).count()));
    if (const QByteArray token = qgetenv("TREEOPS_QUALITY_WEBHOOK_TOKEN"); !token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token);
    QNetworkReply* reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, body, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString shown = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (reply->error() == QNetworkReply::NoError) {
            emit webhookDelivered(shown, status);
            return;
        }
        if (attempt < int(RetryDelays.size())) {
            QTimer::singleShot(RetryDelays.at(attempt), this,
                               [this, url, body, attempt] { post(url, body, attempt + 1); });
            return;
        }
        emit webhookFailed(shown, status ? tr("HTTP %1 %2").arg(status).arg(reply->errorString())
                                         : reply->errorString());
    });
}

} // namespace treeops::widgets
