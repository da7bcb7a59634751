# Слова веб-интерфейса. Ключи — в kebab-case, по экранам.

## Запуск и несуществующие страницы

boot-failed = Не удалось загрузить Bivouac
try-again = Попробовать снова
not-found-title = Не найдено
not-found-heading = Здесь ничего нет
not-found-text = Этот адрес никуда не ведёт в Bivouac.
go-home = На главную
session-ended = Ваш сеанс завершился. Войдите снова.

## Bots: the area, lists and the request card

bots-title = Боты
bots-waiting = Ждут меня
bots-waiting-count = { $count ->
    [one] { $count } заявка ждёт вашего решения
    [few] { $count } заявки ждут вашего решения
   *[many] { $count } заявок ждут вашего решения
}
bots-mine = Мои заявки
bots-start = Новая заявка
bots-all = Все заявки
bots-manage = Редактор ботов
bots-load-more = Показать ещё
bots-waiting-empty = Вас ничего не ждёт
bots-waiting-empty-text = Здесь и карточками в чатах ботов появляются заявки, которым нужно ваше решение.
bots-mine-empty = Заявок пока нет
bots-mine-empty-text = Создайте заявку: оплата счёта, отпуск или один из ботов вашей компании.
bots-all-empty = Подходящих заявок нет
bots-all-empty-text = Измените фильтры или дождитесь первых заявок.
bots-not-allowed = Вам это не видно
bots-filter-bot = Бот
bots-filter-any-bot = Любой бот
bots-filter-state = Состояние
bots-filter-any-state = Любое состояние
bots-filter-requester = Автор
bots-filter-anyone = Любой
bots-from = С
bots-to = По
bots-export = Выгрузить CSV
bots-no-bots = Ботов пока нет
bots-no-bots-text = Попросите администратора настроить бота для вашего процесса.
bots-send = Отправить заявку
bots-request = Заявка
request-state-waiting = Ждёт решения
request-state-approved = Согласована
request-state-done = Исполнена
request-state-rejected = Отклонена
request-state-returned = Возвращена на доработку
request-state-withdrawn = Отозвана
bots-card-label = Заявка
bots-card-actions = Решение
bots-card-waiting = Шаг { $step } из { $steps } · ждёт: { $names }
bots-card-to-execute = Согласована · исполняет: { $names }
bots-card-updated = Обновлено { $date }
bots-card-unavailable = Эта заявка вам недоступна.
bots-approve = Согласовать
bots-sign = Подписать
bots-reject = Отклонить
bots-return = Вернуть
bots-open = Открыть
bots-cancel = Отмена
bots-password = Ваш пароль для подписи
bots-reject-reason = Почему вы отклоняете?
bots-return-reason = Что нужно изменить?
bots-reason-needed = Укажите причину: автор заявки её прочитает.
bots-pass-code = Код пропуска: { $code }

## Bots: a request's page

bots-values = Подробности
bots-route = Маршрут
bots-history = История
bots-discussion = Обсуждение
bots-signatures = Подписи
bots-signature = { $name } подписал(а) { $file } (SHA-256 { $hash })
bots-pass = Пропуск
bots-pass-page = Открыть страницу для ресепшена
bots-pass-qr = QR-код пропуска
bots-step-n = Шаг { $n }
bots-step-all = решают все
bots-step-sign = подпись паролем
bots-step-skipped = Пропущен: условие не выполнено
bots-history-system = Bivouac
bots-history-submitted = отправил(а) заявку
bots-history-approved = согласовал(а) шаг { $step }
bots-history-signed = подписал(а) на шаге { $step }
bots-history-rejected = отклонил(а) на шаге { $step }
bots-history-returned = вернул(а) на доработку на шаге { $step }
bots-history-resubmitted = отправил(а) снова, с шага { $step }
bots-history-withdrawn = отозвал(а)
bots-history-executed = исполнил(а)
bots-history-edited = изменил(а) подробности
bots-history-skipped = шаг { $step } пропущен (условие не выполнено)
bots-history-reminded = напомнил согласующим шага { $step }
bots-on-behalf = (замещая: { $name })
bots-no-comments = Комментариев пока нет.
bots-comment = Комментарий
bots-comment-send = Отправить комментарий
bots-change-and-resend = Изменить и отправить снова
bots-resubmit = Отправить снова
bots-mark-done = Отметить исполнение
bots-withdraw = Отозвать заявку

## Bots: the form

bots-choose = Выберите…
bots-currency = Валюта
bots-field-required = Заполните это поле.
bots-field-min-length = Не меньше { $min } символов.
bots-field-max-length = Не больше { $max } символов.
bots-field-min = Не меньше { $min }.
bots-field-max = Не больше { $max }.
bots-field-whole-number = Нужно целое число.
bots-field-currency = Валюта — три буквы, например EUR.
bots-field-amount = Сумма вида 1250.00 (не больше { $digits } знаков после точки).
bots-field-period = Укажите первый и последний день.
bots-field-period-order = Последний день раньше первого.
bots-file-unreadable = Этот файл не удалось прочитать.
bots-file-cancel = Отменить загрузку
bots-file-uploading = Загружается { $name }…
bots-file-ready = { $name } ({ $size }) приложен.
bots-file-wait = Дождитесь окончания загрузки файла.
bots-file-hash-only = { $name } (SHA-256 { $hash }…)

## Bots: the editor

bots-new = Новый бот
bots-edit = Изменить бота
bots-edit-named = Изменить: { $name }
bots-version = Версия { $version }
bots-builtin = Встроенный
bots-name = Название
bots-icon = Значок (эмодзи)
bots-description = Описание
bots-fields = Поля формы
bots-add-field = Добавить поле
bots-field-key = Ключ
bots-field-label = Подпись
bots-field-type = Тип
bots-field-options = Варианты через запятую
bots-field-min-label = Наименьшее
bots-field-max-label = Наибольшее
bots-required = Обязательное
bots-move-up = Выше
bots-move-down = Ниже
bots-remove = Убрать
bots-add-step = Добавить шаг
bots-step-kind = Кто решает
bots-step-name = Название шага
bots-step-people = Люди
bots-step-department = Отдел
bots-step-role = Роль
bots-condition = Только если
bots-condition-field = Поле
bots-condition-op = Сравнение
bots-condition-value = Значение
bots-execution = Исполнение
bots-execution-on = После согласования кто-то исполняет заявку
bots-executor = Кто исполняет
bots-watchers = Наблюдатели (узнают результат)
bots-remind-after = Напоминать согласующим через (часов)
bots-preview = Предпросмотр
bots-save = Сохранить
bots-delete = Удалить бота
bots-delete-confirm = Удалить «{ $name }»? Новых заявок он не примет; начатые продолжатся.
bots-type-text = Короткий текст
bots-type-long-text = Длинный текст
bots-type-number = Число
bots-type-money = Деньги
bots-type-date = Дата
bots-type-date-range = Период
bots-type-person = Человек
bots-type-department = Отдел
bots-type-choice = Один вариант
bots-type-multi-choice = Несколько вариантов
bots-type-checkbox = Флажок
bots-type-file = Файл
bots-kind-people = Названные люди
bots-kind-department-head = Руководитель отдела автора
bots-kind-head-of = Руководитель отдела
bots-kind-role = Все с ролью
bots-role-owner = Владелец
bots-role-admin = Администраторы
bots-role-integrator = Интеграторы
bots-role-employee = Сотрудники
bots-role-freelancer = Фрилансеры

## Bots: absences on a person's card

bots-on-vacation = В отпуске до { $date }
bots-stands-in = замещает { $name }

## Bots: integrations

bots-integrations = Интеграции
bots-never = никогда
bots-shown-once = Скопируйте сейчас: это показывается только один раз.
bots-accounts = Учётные записи ботов
bots-accounts-help = Учётная запись бота пишет через API со своим токеном (Authorization: Bearer) и только в каналы, куда её добавили, как человек.
bots-account-name = Название учётной записи
bots-add-account = Добавить учётную запись бота
bots-no-accounts = Учётных записей ботов пока нет.
bots-new-token = Новый токен
bots-revoke-token = Отозвать токен
bots-revoke-confirm = Отозвать токен { $name }? Всё, что его использует, сразу перестанет писать.
bots-token-of = Токен { $name }
bots-token-active = есть токен
bots-token-none = нет токена
bots-last-used = использовался { $date }
bots-webhooks = Вебхуки
bots-webhooks-help = Входящие вебхуки принимают то, что инструменты отправляют в Slack; исходящие отправляют сообщения со словом-триггером на другой сервер.
bots-webhook-channel = Канал
bots-no-channels = Сначала вступите в канал.
bots-no-webhooks = В этом канале нет вебхуков.
bots-webhook-name = Название вебхука (показывается как автор)
bots-add-incoming = Добавить входящий вебхук
bots-webhook-url = Адрес вебхука
bots-trigger = Слово-триггер
bots-target-url = Адрес получателя (https://)
bots-add-outgoing = Добавить исходящий вебхук
bots-outgoing-token = Токен, отправляемый с каждым вызовом (проверяйте его на своём сервере)
bots-incoming = входящий
bots-outgoing = исходящий
bots-last-error = последняя ошибка: { $error }
bots-remove-webhook = Удалить вебхук
bots-remove-webhook-confirm = Удалить { $name }? Его адрес сразу перестанет работать.
