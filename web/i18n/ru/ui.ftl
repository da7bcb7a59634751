# Слова веб-интерфейса. Ключи — в kebab-case, по экранам.

## Запуск и несуществующие страницы

boot-failed = Не удалось загрузить Bivouac
try-again = Попробовать снова
not-found-title = Не найдено
not-found-heading = Здесь ничего нет
not-found-text = Этот адрес никуда не ведёт в Bivouac.
go-home = На главную
session-ended = Ваш сеанс завершился. Войдите снова.

## Presence, reactions and notifications

presence-online = В сети
presence-away = Отошёл
presence-offline = Не в сети
presence-dnd = Не беспокоить
copy-link = Скопировать ссылку на сообщение
link-copied = Ссылка скопирована. Её откроет любой, кто может читать этот чат.
reaction-add = Добавить реакцию
reactions-label = Реакции
reaction-who = { $emoji } { $count ->
    [one] { $count } реакция
    [few] { $count } реакции
   *[other] { $count } реакций
}: { $names }
reaction-you = вы
reaction-more = ещё { $count }
reaction-search = Найти эмодзи
reaction-recent = Недавние
reaction-all = Все
notify-level-button = Уведомления: { $level }
notify-level-all = Все сообщения
notify-level-mentions = Только упоминания
notify-level-none = Ничего (без звука)
push-unsupported = Этот браузер не может показывать уведомления Bivouac.
push-blocked = Уведомления для этого сайта заблокированы; разрешите их в настройках сайта в браузере.
push-new-message = Новое сообщение
notify-settings-title = Статус и уведомления
status-legend = Ваш статус
status-emoji = Эмодзи
status-text = Статус
status-placeholder = В отпуске до 12 декабря
status-clear = Очистить через
until-never = Не очищать
until-30m = 30 минут
until-1h = 1 час
until-4h = 4 часа
until-today = Сегодня
until-week = На этой неделе
until-keep = Как было задано
dnd-legend = Не беспокоить
dnd-label = Не беспокоить
dnd-hint = Push-уведомления придерживаются; письма о пропущенном всё равно приходят.
dnd-until = До
notify-legend = Уведомления
push-label = Уведомления на этом устройстве
push-hint = Личные сообщения, упоминания и ответы в отслеживаемых ветках, когда перед вами нет вкладки Bivouac.
hide-text-label = Скрывать текст сообщений в уведомлениях
email-label = Присылать письмо о непрочитанных личных сообщениях и упоминаниях
email-hint = Одно письмо собирает всё, что ждёт, не чаще раза в час.
email-off = Никогда
email-after = Через { $minutes } мин.
quiet-label = Тихие часы
quiet-hint = В это время уведомлений нет.
quiet-from = Тихо с
quiet-to = Тихо до
save = Сохранить
cancel = Отмена
mark-unread = Отметить непрочитанным отсюда
remind-me = Напомнить…
remind-20m = Через 20 минут
remind-1h = Через 1 час
remind-3h = Через 3 часа
remind-tomorrow = Завтра в 9:00
remind-monday = В следующий понедельник в 9:00
remind-set = Напоминание придёт { $when }.
remind-title = Напоминание
remind-toast = Напоминание: { $preview }
remind-open = Открыть
