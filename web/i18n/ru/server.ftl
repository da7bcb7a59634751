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
