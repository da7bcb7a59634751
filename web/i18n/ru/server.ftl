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
