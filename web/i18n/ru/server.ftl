# Сообщения сервера: тексты ошибок и писем. Код ошибки (`code`) остаётся английским.

## Ожидание

rate-limited = Слишком много попыток. Подождите { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
   *[many] { $seconds } секунд
} и попробуйте снова.
rate-limited-minutes = Слишком много попыток. Подождите { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[many] { $minutes } минут
} и попробуйте снова.
rate-limited-hours = Слишком много попыток. Подождите { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
} и попробуйте снова.

## Общие ответы

not-found = { $what }: не найдено, или у вас нет доступа.
unauthorized = Вы не вошли в систему или ваш сеанс завершился. Войдите снова.
csrf-missing = В запросе нет заголовка X-CSRF-Token (или он устарел). Обновите страницу и попробуйте снова.
internal = На сервере что-то пошло не так. Подробности — в журнале сервера; попробуйте снова.
forbidden = У вас нет прав на это действие.

## Что может быть не найдено (для not-found)

thing-person = Сотрудник
thing-chat = Чат
thing-message = Сообщение
thing-invitation = Приглашение
thing-department = Отдел
thing-folder = Папка
thing-member = Участник
thing-item = Объект

## Поля

field-first-name = Имя
field-last-name = Фамилия
field-company-name = Название компании
field-department-name = Название отдела
field-channel-name = Название канала
field-folder-name = Название папки
field-title = Должность
field-phone = Телефон
field-description = Описание

## Проверка введённого

email-missing = Не указан адрес электронной почты.
email-invalid = «{ $email }» — неверный адрес электронной почты: { $why }.
email-too-long = он длиннее 254 символов
email-no-at = в нём нет @
email-local-length = часть до @ должна содержать от 1 до 64 символов
email-two-ats = в нём больше одного @
email-domain-shape = после @ должен быть домен, например example.com
email-domain-chars = в домене есть недопустимые символы
email-dots = точка не может стоять в начале или в конце части до @ или повторяться
email-local-chars = в части до @ есть недопустимые символы
name-empty = Поле «{ $field }» не может быть пустым.
name-too-long = Поле «{ $field }» может содержать не больше { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}.
name-control = Поле «{ $field }» не может содержать управляющие символы и переводы строк.
name-invisible = Поле «{ $field }» состоит только из невидимых символов; введите имя, которое можно прочитать.
name-direction-control = Поле «{ $field }» содержит невидимый символ направления { $char }, из-за которого текст может читаться задом наперёд; удалите его.
phone-invalid = Номер телефона может содержать только цифры, пробелы и символы + - ( ) . /
description-too-long = Описание может содержать не больше { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}.
description-control = Описание содержит управляющие символы.
password-too-short = Пароль должен содержать не меньше { $min ->
    [one] { $min } символа
   *[other] { $min } символов
}.
password-too-long = Пароль может содержать не больше { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}.
body-empty = Сообщение пустое.
body-invisible = Сообщение состоит только из невидимых символов.
body-too-long = В сообщении { $length ->
    [one] { $length } символ
    [few] { $length } символа
   *[many] { $length } символов
}, а можно не больше { $max }. Разделите его на несколько сообщений.
body-control = Сообщение содержит управляющие символы.
client-id-invalid = client_id должен содержать от 1 до 64 латинских букв, цифр, - или _ (например, UUID).

## Bots for business processes: configuring a bot

bot-what-name = Название бота
bot-what-label = Название поля
bot-what-option = Вариант выбора
bot-what-help = Подсказка к полю
bot-what-icon = Значок
bot-what-description = Описание
bot-what-step-name = Название шага
bot-what-action = Надпись на кнопке исполнения
bot-text-required = { $what }: обязательно.
bot-text-too-long = { $what }: не больше { $max } символов, в одну строку.
bot-field-key = Ключ поля «{ $key }» должен начинаться со строчной латинской буквы и содержать только строчные буквы, цифры и _ (не больше 40).
bot-field-duplicate = У двух полей ключ «{ $key }»; у каждого поля должен быть свой.
bot-field-type = «{ $kind }» — не тип поля. Используйте text, long_text, number, money, date, date_range, person, department, choice, multi_choice, checkbox или file.
bot-field-options = { $field }: у поля выбора должно быть от 1 до 100 вариантов.
bot-field-limits = { $field }: наименьшее допустимое значение больше наибольшего.
bot-field-currency = { $field }: фиксированная валюта — три заглавные буквы (ISO 4217), и только для денежных полей.
bot-too-many-fields = В форме не больше { $max } полей.
bot-too-many-steps = В маршруте не больше { $max } шагов.
bot-route-empty = Боту нужен хотя бы один шаг согласования.
bot-step-kind = Шаг { $step }: вид должен быть people, department_head, head_of или role.
bot-step-people = Шаг { $step }: не больше 100 человек.
bot-step-department = Шаг { $step }: выберите отдел, руководитель которого решает.
bot-step-role = Шаг { $step }: выберите роль (owner, admin, integrator, employee или freelancer).
bot-condition-field = Шаг { $step }: условие должно ссылаться на числовое или денежное поле формы.
bot-condition-op = Шаг { $step }: условие сравнивает с помощью >, >=, <, <= или =.
bot-condition-value = Шаг { $step }: значение условия — целое число или деньги (amount_minor и currency).
bot-remind-hours = Напоминания приходят через 1–720 часов.
bot-unknown-person = Кто-то из названных в маршруте, шаге исполнения или наблюдателях — не участник, которого вы видите.
bot-unknown-department = Отдела, названного в маршруте, не существует.
bot-account-title = Бот

## Bots: filling in a form

field-required = { $field }: обязательное поле.
field-text = { $field }: должен быть текст (короткое поле — одна строка).
field-too-long = { $field }: не больше { $max } символов.
field-too-short = { $field }: не меньше { $min } символов.
field-number = { $field }: должно быть целое число.
field-below-min = { $field }: не меньше { $min }.
field-above-max = { $field }: не больше { $max }.
field-money = { $field }: нужна сумма — amount_minor (целое число копеек/центов) и трёхбуквенная валюта.
field-currency = { $field }: валюта должна быть { $currency }.
field-date = { $field }: дата в виде ГГГГ-ММ-ДД.
field-date-range = { $field }: период с from и to, обе даты в виде ГГГГ-ММ-ДД.
field-date-order = { $field }: период заканчивается раньше, чем начинается.
field-person = { $field }: должен быть активный участник пространства.
field-department = { $field }: должен быть отдел.
field-choice = { $field }: выберите из предложенных вариантов.
field-checkbox = { $field }: отметка должна быть да или нет (true или false).
field-file = { $field }: нужен документ с названием и его SHA-256.
field-file-upload = { $field }: этот загруженный файл нельзя приложить — он чужой или уже отправлен. Приложите файл заново.
field-unknown = В форме нет поля «{ $field }».
vacation-self-substitute = Нельзя быть заместителем самого себя.

## Bots: requests

request-reason-required = Укажите причину (чтобы отклонить или вернуть заявку, нужен комментарий).
request-comment-too-long = Комментарий — не больше { $max } символов.
request-sign-password = Для подписи нужен ваш пароль.
request-wrong-password = Это не ваш пароль; документ не подписан.
requests-bad-query = Параметр списка { $what } неверен.
request-state = Заявка сейчас в состоянии «{ $state }»; это уже нельзя сделать.
request-state-waiting = ждёт решения
request-state-approved = согласована
request-state-done = исполнена
request-state-rejected = отклонена
request-state-returned = возвращена на доработку
request-state-withdrawn = отозвана
request-not-returned = Изменить и отправить снова можно только заявку, возвращённую на доработку.
request-not-yours = Это может сделать только автор заявки.
request-not-executor = Эту заявку исполняет кто-то другой.
request-not-your-step = Этот шаг ждёт решения другого человека.
request-mention = Упоминать можно только участников заявки (фрилансер — только тех, с кем у него личный чат).
bots-denied-configure = Настраивать ботов могут только владелец, администраторы и интеграторы.
bots-denied-create = Вы не можете создавать заявки ботам.
bots-denied-all = Все заявки видят только владелец и администраторы.
bots-denied-accounts = Учётными записями ботов управляют только владелец, администраторы и интеграторы.
bots-denied-integrations = Интеграции настраивают только владелец, администраторы и интеграторы.
hooks-channel-archived = Канал в архиве; к нему нельзя подключать интеграции.

## Bots: what a bot says in its chats

summary-invoice = { $amount } для { $payee }, оплатить до { $due }
summary-vacation = { $kind }, { $period }
summary-pass = { $visitor }, { $date }
summary-signing = { $document }
bot-submitted = Ваша заявка { $about } отправлена.
bot-asks = { $requester } просит согласовать: { $about }
bot-asks-substitute = { $requester } просит согласования, и вы замещаете отсутствующего согласующего: { $about }
bot-step-approved = { $by } согласовал(а) { $about }; заявка переходит к следующему шагу.
bot-approved = Согласовано: { $about }
bot-execute = Заявка от { $requester } согласована; исполните её, пожалуйста: { $about }
bot-done = { $by } исполнил(а) { $about }.
bot-rejected = { $by } отклонил(а) { $about }. Причина: { $reason }
bot-returned = { $by } вернул(а) { $about } на доработку: { $reason }
bot-outcome = { $about }: { $state }.
bot-reminder = Всё ещё ждёт вашего решения ({ $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
}): { $about }

## The built-in bots (their words at setup, in the workspace's language; editable later)

builtin-invoice = Оплата счёта
builtin-invoice-about = Заявка на оплату счёта: согласует руководитель вашего отдела, затем финансы, которые отмечают оплату.
builtin-vacation = Заявка на отпуск
builtin-vacation-about = Заявка на отпуск; согласует руководитель вашего отдела. Пока вас нет, ваши согласования получает заместитель.
builtin-signing = Подписание документа
builtin-signing-about = Документ подписывают названные люди, каждый подтверждает паролем. Перед использованием укажите подписантов.
builtin-pass = Пропуск
builtin-pass-about = Пропуск для посетителя; согласует офис или охрана, и пропуск получает код для ресепшена.
builtin-custom = Новый бот
builtin-custom-about = Ваш собственный бот.
builtin-field-payee = Получатель
builtin-field-amount = Сумма
builtin-field-due-date = Оплатить до
builtin-field-invoice-file = Счёт
builtin-field-description = Описание
builtin-field-reference = Номер платежа
builtin-field-paid-on = Дата оплаты
builtin-field-period = Даты
builtin-field-vacation-kind = Вид
builtin-field-substitute = Заместитель
builtin-field-note = Примечание
builtin-field-document = Документ
builtin-field-visitor = Имя посетителя
builtin-field-company = Компания
builtin-field-date = Дата
builtin-field-from-time = С (время)
builtin-field-to-time = До (время)
builtin-field-host = Кто принимает
builtin-field-car-plate = Номер машины
builtin-vacation-paid = Оплачиваемый отпуск
builtin-vacation-unpaid = Отпуск без сохранения зарплаты
builtin-vacation-sick = Больничный
builtin-vacation-other = Другое
builtin-step-head = Руководитель отдела
builtin-step-finance = Финансы
builtin-step-signers = Подписанты
builtin-step-security = Офис или охрана
builtin-mark-paid = Отметить оплату

## Entry passes: the front-desk page

pass-title = Пропуск
pass-valid = Действует сегодня.
pass-expired = Не действует: пропуск был на { $date }.
pass-not-yet = Ещё не действует: пропуск на { $date }.
pass-revoked = Не действует: пропуск отозван или не согласован.
pass-unknown = Пропуска с таким кодом нет.
pass-visitor = Посетитель
pass-company = Компания
pass-date = Дата
pass-window = Время
pass-car = Номер машины

## Integrations: bot accounts and webhooks

field-bot-name = Название
bot-token-invalid = Этот API-токен недействителен (его могли отозвать или заменить). Попросите новый.
hook-url-invalid = Адрес вебхука должен быть полным адресом https://.
hook-url-plain-http = Адрес вебхука должен начинаться с https:// (обычный http разрешён только с allow_private_targets).
hook-url-private = Адрес вебхука указывает на этот компьютер или частную сеть; это разрешено только с allow_private_targets.
hook-trigger-invalid = Слово-триггер — одно слово не длиннее 32 символов.
hook-trigger-taken = В этом канале уже есть исходящий вебхук для «{ $trigger }».
hook-failed = Исходящий вебхук «{ $name }» сдался после { $attempts ->
    [one] { $attempts } попытки
    [few] { $attempts } попыток
   *[many] { $attempts } попыток
}: { $why }

## Роли (для сообщений ниже)

role-owner = Владелец
role-admin = Администратор
role-integrator = Интегратор
role-employee = Сотрудник
role-freelancer = Фрилансер

## Запросы, которые сервер не может прочитать

nothing-here = По этому адресу ничего нет.
no-api-route = В API нет маршрута { $path }.
only-get = Этот адрес отвечает только на GET.
method-not-allowed = Этот адрес не принимает такой метод.
payload-too-large = Тело запроса слишком большое.
bad-request = Запрос не удалось понять.
body-too-large = Тело запроса больше допустимого размера ({ $limit } байт).
body-not-json = Отправьте тело в формате JSON с заголовком Content-Type: application/json.
body-wrong-field = В теле запроса неверное поле: { $detail }.
body-invalid-json = Тело запроса — не корректный JSON: { $detail }.
body-unreadable = Не удалось прочитать тело запроса: { $detail }.
query-invalid = Неверная строка запроса: { $detail }.
query-date-invalid = { $name } должен быть датой, например 2026-11-23 (или полным временем RFC 3339).
cursor-invalid = Этот курсор выдан не этим сервером; начните с первой страницы.
date-invalid = «{ $value }» — не дата; укажите её в виде 2026-12-31 или 2026-12-31T18:00:00Z.
color-invalid = «{ $value }» — не цвет; укажите # и шесть шестнадцатеричных цифр, например #0f766e.
language-invalid = Язык должен быть одним из: en, ru, de или es.
audit-action-invalid = «{ $value }» — не действие журнала аудита; список действий: GET /api/audit/actions.
not-websocket = По этому адресу открывается WebSocket: { $detail }.
bad-origin = Обновления в реальном времени работают только со страницы самого Bivouac (Origin не совпадает с base_url).
metrics-forbidden = Метрики доступны с самого сервера или с заголовком Authorization: Bearer <metrics_token>.

## Состояние сервера

shutting-down = Сервер завершает работу; попробуйте снова через минуту.
shutting-down-reconnect = Сервер завершает работу; подключитесь снова через минуту.
busy-passwords = Сервер занят проверкой паролей. Попробуйте снова через минуту.
not-ready = Сбой файла данных; сервер перезапускается.
store-failed = Сервер не может записать в файл данных ({ $detail }); он перезапускается.
disk-almost-full = Диск сервера почти заполнен (свободно { $free }, меньше минимума { $minimum }), поэтому изменения приостановлены. Чтение работает; попросите администратора освободить место.
disk-no-room = На диске сервера нет места для этого файла; администратор должен освободить место, прежде чем можно будет делиться файлами.
search-rebuilding = Поиск перестраивается из файла данных и заработает через минуту; попробуйте тогда.

## Вход и сеансы

session-ended = Ваш сеанс завершён. Войдите снова.
invalid-credentials = Неверный адрес электронной почты или пароль.
setup-done = Рабочее пространство уже настроено. Войдите в систему.
setup-token-invalid = Эта ссылка для настройки недействительна. Используйте самую новую ссылку, которую сервер вывел при запуске (она также есть в файле setup-link.txt в каталоге данных).
wrong-current-password = Текущий пароль указан неверно. Введите пароль, с которым вы вошли.
access-ended = Ваш доступ закончился { $date }. Обратитесь к администратору, если он снова нужен.
account-deactivated = Ваша учётная запись отключена. Обратитесь к администратору вашего рабочего пространства.
ended-role-changed-by = { $name } изменил(а) вашу роль — войдите снова.
ended-role-changed = Ваша роль изменена — войдите снова.
ended-deactivated-by = { $name } отключил(а) вашу учётную запись. Обратитесь к администратору, если доступ снова нужен.
ended-deactivated = Ваша учётная запись отключена. Обратитесь к администратору, если доступ снова нужен.
ended-deleted-by = { $name } удалил(а) вашу учётную запись.
ended-deleted = Ваша учётная запись удалена.
ended-password-changed = Ваш пароль изменён в другом сеансе — войдите снова с новым паролем.
ended-password-reset = Ваш пароль сброшен по ссылке из письма — войдите снова с новым паролем.
reset-requested = Если этот адрес принадлежит учётной записи, ссылка для сброса пароля уже отправлена.
reset-invalid = Эта ссылка для сброса пароля больше не действует (она работает один раз в течение часа). Запросите новую.

## Что роли не разрешено

deny-see-mail = У вас нет прав на просмотр настроек почты.
deny-manage-mail = У вас нет прав на управление настройками почты.
deny-edit-card = У вас нет прав на изменение карточки этого сотрудника.
deny-person-departments = У вас нет прав на изменение отделов этого сотрудника.
deny-change-role = У вас нет прав на изменение роли пользователя { $name }.
deny-give-role = У вас нет прав назначать роль «{ $role }».
deny-deactivate = У вас нет прав отключать или удалять пользователя { $name }.
deny-access-end = У вас нет прав устанавливать дату окончания доступа для пользователя { $name }.
deny-transfer-ownership = Передать права владельца может только владелец.
deny-departments = У вас нет прав на изменение отделов.
deny-audit = У вас нет прав на чтение журнала аудита.
deny-invite = У вас нет прав приглашать людей с ролью «{ $role }».
deny-see-invitations = У вас нет прав на просмотр приглашений.
deny-workspace = Изменить название, цвет или язык компании может только владелец.
deny-create-channels = У вас нет прав на создание каналов.
deny-browse-channels = У вас нет прав на просмотр списка каналов.
deny-manage-channel = У вас нет прав на управление этим каналом (это могут его создатель и администраторы).
deny-add-members = У вас нет прав добавлять людей в этот канал (это могут его создатель и администраторы).
deny-remove-members = У вас нет прав исключать людей из этого чата (это могут его создатель и администраторы; выйти может любой).
deny-edit-message = Нельзя изменить чужое сообщение.
deny-delete-message = Нельзя удалить чужое сообщение.
deny-department-folders = Папки отделов задают только владелец и администраторы.

## Сотрудники, отделы и приглашения

cannot-act-on-self = Нельзя отключить или удалить собственную учётную запись; обратитесь к другому администратору.
invalid-new-owner = Права владельца можно передать только другому активному участнику рабочего пространства.
access-end-not-applicable = Дата окончания доступа бывает только у интеграторов и фрилансеров.
access-until-past = Дата окончания доступа должна быть в будущем.
last-owner = Это последний владелец рабочего пространства. Сначала передайте права владельца кому-то другому.
email-taken = Адрес { $email } уже принадлежит пользователю { $name }.
email-has-account = У адреса { $email } уже есть учётная запись ({ $name }).
role-missing = Не указана роль; выберите owner, admin, integrator, employee или freelancer.
role-invalid = «{ $value }» — не роль; выберите owner, admin, integrator, employee или freelancer.
unknown-department = Такого отдела нет.
parent-department-missing = Родительского отдела нет.
new-parent-department-missing = Нового родительского отдела нет.
department-exists = Здесь уже есть отдел «{ $name }».
department-cycle = Отдел нельзя переместить внутрь него самого или его подотдела.
department-has-children = В отделе «{ $name }» { $count ->
    [one] { $count } подотдел
    [few] { $count } подотдела
   *[many] { $count } подотделов
}; сначала переместите или удалите их.
department-has-members = В отделе «{ $name }» { $count ->
    [one] { $count } сотрудник
    [few] { $count } сотрудника
   *[many] { $count } сотрудников
}; сначала переведите их в другой отдел.
not-yet-joined-terms = Этот человек ещё не принял приглашение, а в приглашении указаны его роль и доступ. Отзовите его и пригласите снова на новых условиях.
not-yet-joined-revoke = Этот человек ещё не принял приглашение; отзовите приглашение.
invitation-pending = Для адреса { $email } уже есть ожидающее приглашение (действует до { $date }). Отправьте его повторно из списка приглашений.
invitation-already-accepted = Это приглашение уже принято.
invitation-was-revoked = Это приглашение отозвано; пригласите человека снова.
invitation-expired-resend = Срок действия приглашения истёк; отправьте его повторно, чтобы создать новую ссылку.
invitation-mailed = Это приглашение уже передано почтовому серверу, поэтому ссылка есть только в письме. Отправьте его повторно, чтобы создать новую ссылку.
invitation-link-gone = Ссылку этого приглашения больше нельзя показать; отправьте его повторно, чтобы создать новую.
invitation-link-invalid = Эта ссылка-приглашение недействительна. Попросите пригласившего вас отправить новую.
invitation-link-replaced = Эту ссылку заменило более новое письмо с приглашением (возможно, на исправленный адрес). Используйте самое новое письмо или обратитесь к: { $inviter }.
invitation-used = Это приглашение уже использовано. Войдите, указав адрес электронной почты и пароль.
invitation-withdrawn = Это приглашение отозвано. Если доступ всё ещё нужен, обратитесь к: { $inviter }.
invitation-expired-on = Срок действия приглашения истёк { $date }. Попросите отправить новое: { $inviter }.
invitation-mismatch = Это приглашение больше не соответствует своей учётной записи. Запросите новое.
invitation-access-ended = Доступ, который давало это приглашение, уже закончился. Запросите новое приглашение.
your-administrator = ваш администратор

## Каналы, чаты и сообщения

channel-archived-join = Канал в архиве; вступить в него больше нельзя.
channel-archived-read-only = Канал в архиве; он доступен только для чтения.
channel-archived-members = Канал в архиве; верните его из архива, чтобы изменить участников.
channel-archived-add = Канал в архиве; верните его из архива, чтобы добавить людей.
channel-name-taken = Канал «{ $name }» уже существует; выберите другое название.
direct-chat-leave = Из личного чата нельзя выйти; вместо этого скройте его в боковой панели.
direct-chat-two = В личном чате всегда ровно два человека.
person-inactive = { $name } — не активный участник, поэтому с ним нельзя начать чат.
mention-not-member = { $name } не участвует в этой беседе, поэтому упомянуть его здесь нельзя.
mention-not-allowed = Упоминать можно только тех, кого вы видите в справочнике (фрилансер — тех, с кем у него есть личный чат).
group-too-large = В групповом чате может быть не больше { $max } человек; создайте канал.
no-people = Выберите хотя бы одного собеседника.
not-a-channel = Название, приватность и архив есть только у каналов; это чат.
thread-root-invalid = thread_root должен быть сообщением этого чата, которое само не является ответом.
thread-root-deleted = Это сообщение удалено; его ветка закрыта.
thread-root-is-reply = Это сообщение — ответ, а не начало ветки.
thread-follow-reply = Это сообщение — ответ; подпишитесь на ветку, к которой оно относится.
read-message-invalid = message_id должен быть сообщением этого чата (не ответом в ветке).
read-reply-invalid = message_id должен быть ответом в этой ветке.
message-deleted = Это сообщение удалено; изменить его нельзя.
message-gone = Это сообщение удалено.
read-not-in-chat = Позиция прочтения должна быть сообщением этого чата (не ответом в ветке).
time-rfc3339 = Время нужно записать в формате RFC 3339, например 2026-12-12T18:00:00Z.
too-many-files = К сообщению можно приложить не больше { $max ->
    [one] { $max } файла
   *[other] { $max } файлов
}.
file-missing = Одного из файлов нет (уже нет); загрузите его снова.
file-not-yours = Один из файлов загружен не вами; загрузите его снова и отправьте сообщение ещё раз.
file-already-sent = Один из файлов уже отправлен с другим сообщением; загрузите его снова, чтобы отправить ещё раз.
file-too-large = Файл больше допустимого размера ({ $limit }); отправьте файл поменьше или попросите администратора увеличить max_upload.
upload-missing-name = Передайте имя файла как ?name=... (или загрузите как multipart/form-data).
upload-broke-off = Загрузка прервалась: { $detail }.
multipart-invalid = Неверное тело multipart: { $detail }.
multipart-no-file = В теле multipart нет файла (части с именем файла).
search-too-long = Слишком длинный запрос; не больше { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}.
search-has-invalid = has= принимает только file.

## Боковая панель: закрепление и папки

duplicate-chats = В списке один чат указан несколько раз.
duplicate-people = В списке один человек указан несколько раз.
too-many-pinned-chats = Закрепить можно не больше { $max ->
    [one] { $max } чата
   *[other] { $max } чатов
}.
too-many-pinned-people = Закрепить можно не больше { $max } человек.
too-many-folders = У вас уже { $max ->
    [one] { $max } папка
    [few] { $max } папки
   *[many] { $max } папок
} — это максимум.
too-many-folder-items = В папке может быть не больше { $max ->
    [one] { $max } чата
   *[other] { $max } чатов
}.
folder-exists = У вас уже есть папка «{ $name }».
department-folder-exists = У этого отдела уже есть папка «{ $name }».
not-a-department-folder = Скрыть можно только папку отдела; свою папку удалите.
invalid-position = position должен быть от 0 до { $max }.
department-folder-fixed = Папку отдела задают администраторы; её можно свернуть или скрыть.
department-folder-hide-only = Папку отдела задают администраторы; её можно скрыть.
folders-changed = Список папок не совпадает с вашими текущими папками (возможно, их изменили в другой вкладке); обновите страницу и попробуйте снова.

## Почта

mail-your-team = ваша команда
mail-hello = Здравствуйте, { $name }!
mail-paste-link = Или вставьте эту ссылку в браузер: { $link }
mail-invitation-subject = { $inviter } приглашает вас в Bivouac ({ $company })
mail-invitation-lead = { $inviter } приглашает вас в Bivouac ({ $company }). Ваша роль: { $role }.
mail-invitation-how = Откройте ссылку ниже, чтобы задать пароль и войти.
mail-invitation-until = Ссылка работает один раз, до { $expires }. Если срок истёк, попросите отправить новую: { $inviter }.
mail-invitation-button = Принять приглашение
mail-reset-subject = Сброс пароля Bivouac ({ $company })
mail-reset-lead = Кто-то запросил сброс вашего пароля в Bivouac ({ $company }).
mail-reset-how = Откройте ссылку ниже в течение часа, чтобы выбрать новый пароль. Она работает один раз. Если вы ничего не запрашивали, просто проигнорируйте это письмо: ваш пароль останется прежним.
mail-reset-button = Выбрать новый пароль
mail-test-subject = Тестовое письмо Bivouac
mail-test-body = Это тестовое письмо от Bivouac по адресу { $url }. Почта работает.
mail-test-accepted = SMTP-сервер принял письмо: { $answer }

## Названия, которые даёт сервер

general-description = Вся компания: новости и вопросы для всех.
chat-just-you = Только вы
chat-more = ещё { $count }

## Действия журнала аудита

audit-role-changed = Роль изменена
audit-departments-changed = Отделы изменены
audit-access-end-set = Установлена дата окончания доступа
audit-access-ended = Доступ закончился
audit-deactivated = Отключён
audit-reactivated = Снова включён
audit-deleted = Удалён
audit-card-edited = Карточка изменена
audit-ownership-transferred = Права владельца переданы
audit-department-created = Отдел создан
audit-department-changed = Отдел изменён
audit-department-deleted = Отдел удалён
audit-invited = Приглашён
audit-invitation-resent = Приглашение отправлено повторно
audit-invitation-revoked = Приглашение отозвано
audit-invitation-email-corrected = Адрес в приглашении исправлен
audit-invitation-accepted = Приглашение принято
audit-password-reset = Пароль сброшен
audit-password-changed = Пароль изменён
audit-workspace-changed = Настройки компании изменены
audit-invitation-link-copied = Ссылка-приглашение скопирована
audit-the-workspace = Рабочее пространство
audit-other = Другое

## Сама страница (пока её скрипт не запустился)

page-loading = Загрузка
page-needs-javascript = Для работы Bivouac нужен включённый JavaScript.

## Reactions, status and notifications

field-reaction = Реакция
field-status = Текст статуса
reaction-empty = Для реакции нужен эмодзи.
reaction-one = Реакция — это один эмодзи; отправляйте их по одному.
reaction-limit = У сообщения может быть не больше { $max } разных реакций.
push-endpoint-invalid = Адрес push-подписки должен быть https-адресом push-сервиса.
push-endpoint-private = Адрес push-подписки находится в частной или локальной сети; сервер отправляет туда уведомления, только если включён allow_private_targets.
push-keys-invalid = Ключи push-подписки неверны: p256dh должен быть открытым ключом P-256, а auth — 16 байтами, оба в base64url.
notify-level-invalid = Уровень должен быть «all», «mentions» или «none».
email-delay-invalid = Задержка письма должна быть 0 (без писем) или от 1 до 1440 минут.
quiet-hours-invalid = Для тихих часов нужны начало и конец между 00:00 и 23:59.
presence-too-many = Запрашивайте не больше { $max } человек за раз.
missed-subject = { $count ->
    [one] У вас { $count } непрочитанное сообщение в { $company }
    [few] У вас { $count } непрочитанных сообщения в { $company }
   *[other] У вас { $count } непрочитанных сообщений в { $company }
}
missed-hello = Здравствуйте, { $name }!
missed-lead = Пока вас не было, вас ждало вот что:
missed-direct = { $count ->
    [one] { $count } новое сообщение от { $who }
    [few] { $count } новых сообщения от { $who }
   *[other] { $count } новых сообщений от { $who }
}
missed-mention = { $count ->
    [one] { $who } упомянул(а) вас в { $chat }
    [few] Вас упомянули { $count } раза в { $chat }
   *[other] Вас упомянули { $count } раз в { $chat }
}
missed-open = Открыть Bivouac
missed-why = Вы получили это письмо, потому что эти сообщения не были прочитаны { $minutes } мин. Изменить, сколько Bivouac ждёт, или отключить такие письма можно в разделе Настройки > Уведомления.
push-new-message = Новое сообщение
reminder-past = Выберите для напоминания время в будущем.
reminder-limit = У вас уже { $max } ожидающих напоминаний; сначала удалите одно.
push-reminder = Напоминание

## Подробности в журнале аудита (хранятся как сообщения и читаются на языке читателя)

audit-detail-name = название: { $value }
audit-detail-colour = фирменный цвет: { $value }
audit-detail-colour-default = фирменный цвет: собственный цвет Bivouac
audit-detail-language = язык: { $value }
audit-detail-renamed = прежнее название: { $old }
audit-detail-moved = перемещён
audit-detail-head-changed = сменился руководитель
audit-detail-invited = { $email }, роль «{ $role }»
audit-detail-card = изменены имя, должность или телефон
audit-detail-no-departments = без отделов
audit-detail-role = { $from } → { $to }
audit-detail-access-ends = доступ до { $date }
audit-detail-no-end = без даты окончания
audit-detail-ownership = { $from } → Владелец; прежний владелец теперь администратор
audit-detail-access-passed = наступила дата окончания доступа: { $date }
