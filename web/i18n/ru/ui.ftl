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

## Везде: кнопки, состояния и сообщения

save = Сохранить
cancel = Отмена
confirm = Подтвердить
close = Закрыть
back = Назад
none = Нет
you = вы
all = Все
show-all = Показать все
nothing-to-show = Здесь пока ничего нет.
load-more = Загрузить ещё
loading = Загрузка
could-not-load = Не удалось загрузить
could-not-load-people = Не удалось загрузить список сотрудников
something-went-wrong = Что-то пошло не так: { $detail }
network-error = Нет связи с сервером. Проверьте подключение и попробуйте снова.
server-answered = Сервер ответил кодом { $status }.
paging-loop = Сервер дважды прислал одну и ту же страницу, поэтому список загружен не полностью. Попробуйте снова.
not-available = Недоступно
clear-search = Очистить поиск
clear-filters = Сбросить фильтры
copy-link = Скопировать ссылку
copy-message-link = Скопировать ссылку на сообщение
copied = Скопировано.
copy-by-hand = Нажмите Ctrl+C (⌘C на Mac), чтобы скопировать выделенную ссылку.
former-member = Бывший участник
not-sent-page-closed = Не отправлено: страницу закрыли раньше.
password-show = Показать
password-hide = Скрыть
password-show-label = Показать: { $field }
password-hide-label = Скрыть: { $field }
password-hint = Не меньше { $min ->
    [one] { $min } символа
   *[other] { $min } символов
}.
people-count = { $more ->
    [yes] { $count }+ чел.
   *[no] { $count ->
        [one] { $count } человек
        [few] { $count } человека
       *[many] { $count } человек
    }
}

## Поля

field-first-name = Имя
field-last-name = Фамилия
field-company-name = Название компании
field-email = Электронная почта
field-password = Пароль
field-password-repeat = Повторите пароль
field-new-password = Новый пароль
field-new-password-repeat = Повторите новый пароль
field-current-password = Текущий пароль
field-title = Должность
field-title-example = например, менеджер по продажам
field-name = Название
field-phone = Телефон
field-role = Роль
field-access-ends = Доступ до

## Что нужно форме перед отправкой

need-email = Укажите адрес электронной почты.
need-email-shape = «{ $value }» — не адрес электронной почты; он выглядит так: name@example.com.
need-password = Пароль должен содержать не меньше { $min ->
    [one] { $min } символа
   *[other] { $min } символов
}.
need-password-again = Введите пароль ещё раз.
passwords-differ = Пароли не совпадают. Введите один и тот же пароль дважды.
need-company = Укажите название вашей компании (или команды).
need-company-name = Укажите название компании.
need-first-name = Укажите ваше имя.
need-last-name = Укажите вашу фамилию.
need-their-first-name = Укажите имя.
need-their-last-name = Укажите фамилию.
need-login-email = Укажите адрес, с которым вы входите.
need-login-password = Введите пароль.
need-your-email = Укажите ваш адрес электронной почты.
need-current-password = Введите пароль, которым пользуетесь сейчас.
need-new-password-again = Введите новый пароль ещё раз.

## Роли и состояния

role-owner = Владелец
role-admin = Администратор
role-integrator = Интегратор
role-employee = Сотрудник
role-freelancer = Фрилансер
role-hint-owner = Может всё, в том числе передать права владельца.
role-hint-admin = Управляет рабочим пространством: сотрудники, отделы, почта, журнал аудита.
role-hint-integrator = Внешний специалист, который настраивает систему. Управляет сотрудниками и фрилансерами. Доступ может быть ограничен датой.
role-hint-employee = Штатный сотрудник. Чаты, каналы и боты; редактирует только свою карточку.
role-hint-freelancer = Внешний подрядчик. Видит только тех, с кем у него есть личный чат. Доступ может быть ограничен датой.
person-state-active = Активен
person-state-invited = Приглашён
person-state-deactivated = Отключён

## Вход, настройка, приглашение и пароль

sign-in = Войти
sign-out = Выйти
login-lede = С возвращением.
forgot-link = Забыли пароль?
go-to-sign-in = Перейти ко входу
back-to-sign-in = Вернуться ко входу
setup-already-title = Уже настроено
setup-already-text = У этого рабочего пространства уже есть владелец, поэтому ссылка для настройки больше не работает.
setup-no-token-title = Настройка Bivouac
setup-no-token-text = Откройте одноразовую ссылку для настройки, которую сервер вывел при запуске. Она также есть в файле setup-link.txt в каталоге данных.
setup-title = Добро пожаловать в Bivouac
setup-lede = Создайте учётную запись владельца. Сразу после этого можно пригласить коллег.
setup-company-hint = Видно всем, кого вы пригласите. Можно изменить позже.
setup-submit = Создать учётную запись владельца
setup-form-label = Создание учётной записи владельца
no-setup-title = Почти готово
no-setup-text = У этого Bivouac ещё нет владельца. Откройте одноразовую ссылку для настройки, которую сервер вывел при запуске (она также есть в файле setup-link.txt в каталоге данных).
invite-no-token-title = Откройте ссылку из приглашения
invite-no-token-text = Воспользуйтесь ссылкой из письма с приглашением. Она работает один раз в течение 7 дней.
invite-have-account = У меня уже есть учётная запись
invite-gone-title = Эта ссылка-приглашение не работает
invite-failed-title = Не удалось открыть приглашение
invite-the-team = команда
invite-join = Присоединиться: { $company }
invite-join-team = Присоединиться к команде
invite-your-admin = Ваш администратор
invite-lede = { $inviter } приглашает вас в { $company } с ролью «{ $role ->
    [owner] Владелец
    [admin] Администратор
    [integrator] Интегратор
    [freelancer] Фрилансер
   *[employee] Сотрудник
}».
invite-form-label = Задайте пароль
invite-foot = Задайте пароль, чтобы завершить. Дальше вы входите с адресом { $email }.
forgot-submit = Прислать ссылку
forgot-form-label = Сброс пароля
forgot-lede = Укажите адрес, с которым вы входите. Мы пришлём ссылку, чтобы задать новый пароль.
forgot-sent-title = Проверьте почту
forgot-sent-text = Если этот адрес принадлежит учётной записи, ссылка уже в пути. Она работает один раз в течение часа.
forgot-sent-lede = Ничего не пришло? Проверьте папку «Спам» или обратитесь к администратору.
reset-no-token-title = Откройте ссылку для сброса
reset-no-token-text = Воспользуйтесь ссылкой из письма о сбросе пароля. Если срок истёк, запросите новую.
reset-ask-new = Запросить новую ссылку
reset-submit = Задать пароль и войти
reset-title = Новый пароль
reset-lede = Придумайте новый пароль. На всех остальных устройствах вы выйдете из системы.
reset-gone-title = Эта ссылка больше не работает
address-banner-title = Bivouac настроен на другой адрес.
address-banner-opened = Вы открыли { $opened }, но сервер вставляет в ссылки (приглашения, сброс пароля) адрес { $configured } и принимает обновления в реальном времени только оттуда.
address-banner-change = Если все должны открывать { $example }, укажите base_url = { $example } в настройках сервера и перезапустите Bivouac.
address-banner-set = Укажите в base_url адрес, который будут открывать люди, например { $example }: запустите Bivouac с --base-url { $example } или впишите base_url = "{ $example }" в /etc/bivouac/bivouac.toml и перезапустите его.

## Каркас: панель разделов, боковая панель, меню

rail-label = Разделы
sidebar-label = Боковая панель
panel-label = Подробности
close-panel = Закрыть панель
chats-title = Чаты
people-title = Сотрудники
admin-title = Администрирование
chats-rail-label = Чаты, непрочитанных: { $unread }{ $mentions ->
    [0] {""}
   *[other] , упоминаний: { $mentions }
}
me-button-label = { $name }: ваша учётная запись и выход
menu-account = Учётная запись и пароль
menu-company = Название и цвет компании
menu-account-label = Ваша учётная запись

## Ваша учётная запись

account-title = Ваша учётная запись
account-nav = Имя, язык и пароль
account-profile-title = Имя и должность
account-profile-label = Ваше имя и должность
account-profile-saved = Имя и должность сохранены.
account-language = Язык
account-language-browser = Как в браузере: { $language }
account-language-browser-none = Как в браузере (язык рабочего пространства: { $language })
account-language-hint = На этом языке будут экраны Bivouac, его сообщения и ваши письма.
account-language-saved = Язык сохранён.
account-password-label = Смена пароля
account-password-submit = Сменить пароль
account-password-hint = После смены пароля вы выйдете на других устройствах и в других браузерах; здесь вход сохранится.
account-password-saved = Пароль изменён. На всех остальных устройствах вы вышли из системы.

## Администрирование

admin-people = Сотрудники
admin-invitations = Приглашения
admin-audit = Журнал аудита
admin-mail = Почта
admin-company = Компания
admin-only-staff = Эту страницу могут открыть только владелец, администраторы и интеграторы.
admin-only-admins = Эту страницу могут открыть только владелец и администраторы.
admin-only-owners = Эту страницу могут открыть только владельцы.
admin-signed-in-as = Вы вошли как { $role ->
    [owner] владелец
    [admin] администратор
   *[integrator] интегратор
}.
company-title = Компания
company-sub = Название, цвет и язык для всех в рабочем пространстве
company-name-hint = Показывается над боковой панелью, в приглашениях и в письмах.
company-pick-colour = Выбрать фирменный цвет
company-colour = Фирменный цвет
company-colour-hint = Цвет вашей компании: # и шесть шестнадцатеричных цифр. Пусто — собственный бирюзовый цвет Bivouac.
company-colour-reset = Цвет Bivouac
company-colour-own = Используется собственный цвет Bivouac.
company-colour-shades = Чтобы текст оставался читаемым (контраст не ниже 4,5:1), Bivouac использует такие оттенки:
company-light-mode = Светлая тема
company-dark-mode = Тёмная тема
company-swatch = { $mode }: { $colour }
company-language = Язык рабочего пространства
company-language-hint = Для всех, чей браузер не говорит ни на одном из языков Bivouac, для писем с приглашениями и для сообщений ботов. Каждый может выбрать свой язык.
company-form-label = Название, цвет и язык компании
company-saved = Настройки компании сохранены. Остальные увидят их, когда снова откроют Bivouac.
admin-people-sub = Роли, отделы и доступ
admin-people-caption = Сотрудники рабочего пространства
people-search-placeholder = Поиск по имени, почте или должности
people-search-label = Поиск сотрудников
people-no-match = Никто не найден по запросу «{ $query }»
people-no-match-text = Проверьте написание или ищите по адресу почты.
people-none-yet = Сотрудников пока нет
people-none-yet-text = Пригласите коллег по электронной почте, чтобы начать.
loading-people = Загрузка сотрудников
col-name = Имя
col-state = Состояние
col-actions = Действия
col-person = Сотрудник
col-invited-by = Кто пригласил
col-expires = Действует до
col-when = Когда
col-who = Кто
col-action = Действие
col-about = Кого касается
col-detail = Подробности
departments = Отделы
departments-of = Отделы: { $name }
departments-none-yet = Отделов пока нет. Создайте их в разделе «Структура компании».
departments-set = { $name }: отделы — { $departments }.
departments-none-now = { $name } больше не состоит ни в одном отделе.
edit-departments = Изменить отделы
edit-departments-of = Изменить отделы: { $name }
department-members-with-subs = { $total } вместе с подотделами ({ $direct } непосредственно)
role-of = Роль: { $name }
make-role = Назначить: { $role ->
    [owner] владелец
    [admin] администратор
    [integrator] интегратор
    [freelancer] фрилансер
   *[employee] сотрудник
}
make-role-question = Назначить пользователю { $name } роль «{ $role ->
    [owner] Владелец
    [admin] Администратор
    [integrator] Интегратор
    [freelancer] Фрилансер
   *[employee] Сотрудник
}»?
role-changed = { $name } теперь { $role ->
    [owner] владелец
    [admin] администратор
    [integrator] интегратор
    [freelancer] фрилансер
   *[employee] сотрудник
}.
role-effect-owner = { $name } сможет делать в рабочем пространстве всё, в том числе менять других владельцев, переименовывать компанию и передавать права владельца.
role-effect-admin = { $name } сможет приглашать всех, кроме владельцев, и управлять ими, менять отделы, читать журнал аудита и проверять почту.
role-effect-integrator = { $name } сможет приглашать сотрудников и фрилансеров, управлять ими и менять отделы, но не администраторами.
role-effect-employee = { $name } будет видеть всех в справочнике, общаться, создавать публичные каналы и вступать в них, но никем не управлять.
role-effect-freelancer = { $name } будет видеть только тех, с кем у него есть личный чат, и только чаты, в которые его добавили.
role-signed-out-note = С этим изменением { $name } теряет права и сразу выходит из системы на всех устройствах; чтобы продолжить, нужно войти снова.
make-owner-question = Сделать пользователя { $name } ещё одним владельцем?
make-owner-note = Вы оба останетесь владельцами; отменить это может только владелец.
make-owner = Сделать владельцем
make-owner-menu = Сделать ещё одним владельцем…
access-end-of = Дата окончания доступа: { $name }
access-end-remove = Убрать дату окончания доступа: { $name }
access-no-end = Без даты окончания
access-ends-on = Доступ пользователя { $name } заканчивается { $date }.
access-end-removed = У пользователя { $name } больше нет даты окончания доступа.
actions-for = Действия: { $name }
view-card = Открыть карточку
deactivate = Отключить
deactivate-menu = Отключить…
deactivate-question = Отключить пользователя { $name }?
deactivate-text = { $name } сразу выйдет из системы на всех устройствах и не сможет войти, пока учётную запись не включат снова. Сообщения останутся.
deactivated = { $name } отключён и вышел из системы на всех устройствах.
reactivate = Включить снова
reactivated = { $name } снова может входить.
delete-menu = Удалить…
delete-question = Удалить { $name }?
delete-text = { $name } выйдет из системы и больше никогда не сможет войти; адрес { $email } освободится. Сообщения останутся под этим именем. Отменить это нельзя.
delete-for-good = Удалить навсегда
deleted = { $name }: удалено.
transfer-ownership = Передать права владельца
transfer-ownership-menu = Передать права владельца…
transfer-question = Передать права владельца пользователю { $name }?
transfer-text = { $name } станет владельцем { $company }. Вы станете администратором и не сможете сами вернуть себе права владельца.
transferred = { $name } теперь владелец. Вы — администратор.

## Приглашения

invite-title = Пригласить сотрудников
invite-intro = Они получат письмо со ссылкой, чтобы задать пароль. Ссылка действует 7 дней.
invite-submit = Отправить приглашение
invite-email-hint = Ссылка-приглашение придёт на этот адрес.
invite-access-hint = Необязательно, для интеграторов и фрилансеров. После этого дня их сеансы завершатся.
invite-language = Язык приглашения
invite-language-default = Язык рабочего пространства: { $language }
invite-queued = Приглашение для { $email } в очереди и уйдёт, как только почта заработает. Без почтового сервера скопируйте ссылку в разделе «Администрирование → Приглашения».
invite-sent = Приглашение отправлено: { $email }.
invite-link = Ссылка-приглашение
invite-link-for = Ссылка-приглашение: { $name }
invite-link-text = Отправьте эту ссылку на { $email } сами (письмо ещё не отправлено). Она работает один раз; кто её откроет, задаст пароль и войдёт как этот человек.
invitations-sub = Кого пригласили и дошло ли письмо
invitations-show = Показать приглашения
invitations-pending = Ожидают
invitation-state-queued = В очереди
invitation-state-sent = Отправлено
invitation-state-failed = Не доставлено
invitation-state-accepted = Принято
invitation-state-expired = Истекло
invitation-state-revoked = Отозвано
invitations-none-open = Нет ожидающих приглашений
invitations-none-accepted = Нет принятых приглашений
invitations-none-revoked = Нет отозванных приглашений
invitations-none-open-text = Все, кого вы пригласили, уже ответили. Приглашайте новых людей, когда нужно.
invitations-none-yet = Приглашений пока нет
invitations-none-yet-text = Пригласите коллег по электронной почте: они получат ссылку, чтобы задать пароль.
invitation-more-actions = Другие действия с приглашением: { $name }
invitation-copy-link-menu = Скопировать ссылку-приглашение…
invitation-correct-menu = Исправить адрес…
revoke-menu = Отозвать…
resend = Отправить снова
invitation-resend = Отправить приглашение снова
invitation-resend-to = Отправить приглашение снова на { $email }
invitation-resent = Новая ссылка-приглашение отправлена на { $email }. Старая ссылка больше не работает.
invitation-sent-at = Отправлено { $time }
invitation-delivery-failed = Не доставлено: { $error }
invitation-correct-title = Исправить адрес: { $name }
invitation-correct-intro = Новое приглашение уйдёт на исправленный адрес; ссылка, отправленная на старый, перестанет работать.
invitation-correct-submit = Отправить на этот адрес
invitation-corrected = Теперь приглашение отправляется на { $email }.
invitation-revoke = Отозвать приглашение
invitation-revoke-menu = Отозвать приглашение…
invitation-revoke-question = Отозвать приглашение для { $name }?
invitation-revoke-text = Ссылка, отправленная на { $email }, сразу перестанет работать. Позже { $name } можно пригласить снова.
invitation-revoke-text-people = Ссылка, отправленная на { $email }, перестанет работать, и { $name } исчезнет из этого списка. Позже можно пригласить снова.
invitation-revoked = Приглашение для { $name } отозвано.
loading-invitations = Загрузка приглашений

## Почта

mail-sub = Как Bivouac отправляет приглашения и письма для сброса пароля
mail-not-set = не задано
mail-configured = Почта настроена. Приглашения и письма для сброса пароля уходят через указанный ниже сервер.
mail-not-configured = Почта не настроена:
mail-not-configured-text = приглашения остаются в очереди, пока не задан smtp.host.
mail-smtp-server = SMTP-сервер
mail-host = Сервер
mail-port = Порт
mail-security = Защита
mail-from = Отправитель
mail-security-none = Нет (обычный SMTP)
mail-security-starttls = STARTTLS
mail-security-tls = TLS (сразу)
mail-read-only = Здесь эти настройки только для чтения. Они задаются в файле конфигурации или в переменных окружения; после изменения перезапустите Bivouac:
mail-outbox = Исходящие
mail-queued = { $count ->
    [one] письмо ждёт отправки
    [few] письма ждут отправки
   *[many] писем ждут отправки
}
mail-failed = { $count ->
    [one] приглашение не удалось доставить
    [few] приглашения не удалось доставить
   *[many] приглашений не удалось доставить
}
mail-see-invitations = Откройте приглашения,
mail-see-invitations-why = чтобы отправить их снова или исправить адрес. Письма в очереди отправляются повторно автоматически.
mail-nothing-waiting = Ничего не ждёт отправки. Пока SMTP-сервер недоступен, письма в очереди отправляются повторно автоматически.
mail-send-to = Кому
mail-send-to-hint = Оставьте пустым, чтобы отправить себе ({ $email }).
mail-test-submit = Отправить тестовое письмо
mail-test-title = Тестовое письмо
mail-test-text = Отправляет одно письмо прямо сейчас, минуя очередь, и показывает ответ SMTP-сервера.
mail-test-delivered = Доставлено на { $email }.
mail-test-not-delivered = Не доставлено на { $email }.
mail-test-sent = Тестовое письмо отправлено на { $email }.
mail-loading = Загрузка настроек почты
mail-settings = Настройки почты
mail-failed-alert = { $count ->
    [one] { $count } приглашение не удалось доставить.
    [few] { $count } приглашения не удалось доставить.
   *[many] { $count } приглашений не удалось доставить.
}
mail-failed-resend = Проверьте адрес и отправьте снова.
mail-failed-resend-or = Проверьте адрес и отправьте снова, или
mail-test-settings = проверьте настройки почты

## Журнал аудита

audit-sub = Все административные действия, сначала новые
audit-all-actions = Все действия
audit-done-by = Кто выполнил
audit-done-by-anyone = Кто угодно
audit-about-anyone = Показать записи обо всех
audit-about = Касается: { $name }
audit-about-one = Касается одного человека
audit-no-match = Нет подходящих записей
audit-no-match-text = Выберите другое действие или человека либо сбросьте фильтры.
audit-empty = Пока ничего не записано
audit-empty-text = Здесь появятся смены ролей, приглашения, отключения и изменения отделов.
audit-load-older = Загрузить более старые записи
audit-only-about = Показать только записи, касающиеся: { $name }
audit-automatic = Bivouac (автоматически)
audit-could-not-load-actions = Не удалось загрузить список действий
audit-loading = Загрузка журнала аудита

## Сотрудники

people-everyone = Все
structure-title = Структура компании
departments-none-yet-create = Отделов пока нет. Создайте их в разделе «Структура компании».
departments-none = Отделов пока нет.
department = Отдел
all-departments = Все отделы
pinned = Закреплённые
pinned-people = Закреплённые сотрудники
people-no-match-in = Никто не найден по запросу «{ $query }» в отделе «{ $department }»
people-no-match-text-title = Проверьте написание или ищите по адресу почты или должности.
department-empty = В отделе «{ $department }» пока никого нет
department-empty-this = В этом отделе пока никого нет
department-empty-text = Сотрудника добавляют в отдел в его карточке в разделе «Администрирование».
show-everyone = Показать всех
nobody-yet = Здесь пока никого нет
nobody-yet-invite = Пригласите коллег по электронной почте; они появятся здесь, когда присоединятся.
nobody-yet-text = Коллеги появятся здесь, когда присоединятся.
people-in = Сотрудники отдела «{ $department }»
unpin = Открепить
pin-to-top = Закрепить вверху
person-pinned = { $name }: закреплено вверху раздела «Сотрудники».
person-unpinned = { $name }: больше не закреплено.
your-card = Ваша карточка
person = Сотрудник
edit-my-card = Изменить мою карточку
edit-card = Изменить карточку
edit-your-card = Изменить вашу карточку
edit-card-of = Изменить карточку: { $name }
manage = Управлять
message-person = Написать
card-saved-own = Ваша карточка сохранена.
card-saved = Карточка сохранена: { $name }.
picker-placeholder = Поиск по имени или почте
searching = Поиск…
picker-no-match = Никто не найден по запросу «{ $query }».
picker-nobody = Пока некого показать.
remove-person = Убрать: { $name }

## Структура компании

structure-sub = Отделы и их руководители
department-new = Новый отдел
department-new-sub = Новый подотдел
departments-count = { $count ->
    [one] { $count } отдел.
    [few] { $count } отдела.
   *[many] { $count } отделов.
}
structure-menu-hint = Кнопка … у отдела позволяет переименовать его, переместить, назначить руководителя или удалить.
structure-empty-manager = Постройте структуру компании: начните с отделов верхнего уровня, затем добавьте команды внутри них.
structure-empty = Администраторы ещё не создали отделы.
department-create-first = Создать первый отдел
led-by = руководитель
no-head = Без руководителя
members = Участники
department-add-sub = Добавить подотдел
rename = Переименовать
move = Переместить
delete = Удалить
create = Создать
head-change = Сменить руководителя
head-set = Назначить руководителя
department-top-level = Верхний уровень (без родителя)
department-name-example = например, Продажи
department-inside = Внутри
department-head = Руководитель
department-head-hint = Необязательно. Маршруты согласования могут вести к руководителю.
department-created = Отдел «{ $name }» создан.
rename-what = Переименовать «{ $name }»
department-renamed = «{ $old }» теперь называется «{ $name }».
department-move-inside = Переместить внутрь
department-move-hint = Подотделы и сотрудники переместятся вместе с ним.
move-what = Переместить «{ $name }»
department-moved = «{ $name }» перемещён в «{ $to }».
department-moved-top = «{ $name }» теперь отдел верхнего уровня.
department-head-of = Руководитель отдела «{ $name }»
department-head-set = { $person } теперь руководит отделом «{ $name }».
department-head-none = У отдела «{ $name }» больше нет руководителя.
department-delete-text = Отдел «{ $name }» исчезнет из структуры компании. Удалить можно только пустой отдел: сначала переведите его сотрудников и подотделы в другое место.
department-delete = Удалить отдел
department-deleted = Отдел «{ $name }» удалён.
loading-departments = Загрузка отделов

## Чаты: боковая панель

channel = Канал
channel-private = Закрытый канал
channel-named = Канал { $name }
channel-private-named = Закрытый канал { $name }
mentions-count = { $count ->
    [one] { $count } упоминание
    [few] { $count } упоминания
   *[many] { $count } упоминаний
}
unread-count = Непрочитанных: { $count }
unread-label = { $name }{ $unread ->
    [0] {""}
   *[other] , непрочитанных: { $unread }
}{ $mentions ->
    [0] {""}
   *[other] , упоминаний: { $mentions }
}
new-menu = Создать…
new-menu-label = Новый канал, сообщение или папка
new-channel-menu = Новый канал…
new-message-menu = Новое сообщение…
browse-channels-menu = Обзор каналов…
new-folder-menu = Новая папка…
new-folder = Новая папка
new-channel = Новый канал
new-message = Новое сообщение
folder-name = Название папки
folder-create = Создать папку
folder-new-with-chat = Чат попадёт в новую папку.
folder-new-lede = Папки объединяют чаты; один чат может быть в нескольких папках.
loading-chats = Загрузка чатов
reconnecting = Переподключение… новые сообщения появятся, когда связь восстановится.
jump-to = Перейти…
key-ctrl-k = Ctrl K
threads-title = Ветки
pinned-empty = Закрепляйте важные чаты через меню … или перетаскивайте их сюда.
channels-title = Каналы
channels-all-filed = Все ваши каналы закреплены или лежат в папках.
directs-title = Личные и групповые чаты
directs-all-filed = Все ваши чаты закреплены или лежат в папках.
directs-none = Личных чатов пока нет —
directs-none-action = напишите коллеге
channels-none-added = Каналов пока нет — здесь появятся те, в которые вас добавят.
channels-none = Каналов пока нет —
channels-none-create = создайте канал для своего отдела
channels-none-browse = посмотрите существующие
or = или
options-for = Действия: { $name }
move-up = Переместить выше
move-down = Переместить ниже
add-to-folder-menu = Добавить в папку ▸
remove-from-folder = Убрать из «{ $name }»
leave-channel-menu = Покинуть канал…
leave-group-menu = Покинуть группу…
leave-channel-question = Покинуть #{ $name }?
leave-group-question = Покинуть групповой чат ({ $name })?
leave-private-text = Канал закрытый: чтобы вернуться, кто-то должен снова вас добавить.
leave-text = Вы перестанете получать его сообщения, и он исчезнет из боковой панели, закреплённых и папок.
leave = Покинуть
folders-title = Папки
folders-none = Объединяйте чаты в папки:
folders-none-action = новая папка
folder-show = Показать «{ $name }»
folder-named = Папка { $name }
folder-department-named = Папка отдела { $name }
folder-department-title = Папка отдела, её задают администраторы
folder-department-tag = Отдел
folder-options-for = Действия с папкой { $name }
folder-department-empty = В этой папке пока нет ваших чатов.
folder-empty = Пусто — перетащите сюда чаты или выберите «Добавить в папку» в меню чата.
expand = Развернуть
collapse = Свернуть
folder-department-hide = Скрыть эту папку отдела
rename-menu = Переименовать…
folder-rename = Переименовать папку
folder-delete-menu = Удалить папку…
folder-delete-question = Удалить папку «{ $name }»?
folder-delete-text = Удалится только папка; чаты из неё останутся в боковой панели.
folder-delete = Удалить папку

## Чаты: диалоги и быстрый переход

description = Описание
channel-name-example = например, sales-team
channel-description-hint = Для чего он? Показывается под названием.
new-channel-lede = Каналы — для команды, проекта или процесса.
private = Закрытый
private-channel-hint = найти и читать его могут только те, кого вы добавите
channel-create = Создать канал
need-channel-name = Дайте каналу название.
channels-filter = Фильтр каналов
browse-channels = Обзор каналов
browse-channels-lede = Открытые каналы компании. Вступайте в любой.
channels-no-match = Подходящих каналов нет.
channels-no-public = Открытых каналов пока нет — создайте первый.
channel-open-named = Открыть #{ $name }
channel-join-named = Вступить в #{ $name }
open = Открыть
join = Вступить
members-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
   *[many] { $count } участников
}
message-to = Кому
group-chat-start = Начать групповой чат
chat-open = Открыть чат
new-message-lede = Выберите одного человека для личного чата или нескольких для группового. Enter выбирает выделенного человека; повторный Enter открывает чат.
need-name = Введите название.
switcher-placeholder = Перейти к чату или человеку, или искать…
jump-to-label = Перейти
results = Результаты
switcher-hint = ↑↓ — выбор · Enter — открыть · Esc — закрыть
nothing-matches = Ничего не найдено.
chats-none-yet = Чатов пока нет.
search-messages-for = Искать в сообщениях «{ $query }»
search = Поиск
chat-kind-direct = Личный
chat-kind-group = Группа

## Чаты: панель и файлы

group-chat = Групповой чат
direct-chat = Личный чат
files = Файлы
files-more = Показать ещё файлы
files-loading = Загрузка файлов…
files-none = Файлов здесь пока нет — прикрепите файл скрепкой или перетащите его в чат.
about = О канале
no-description = Без описания.
channel-public = Открытый канал
archived = в архиве
unarchive = Вернуть из архива
archive = В архив
archive-menu = В архив…
archive-question = Отправить #{ $name } в архив?
archive-text = Канал станет доступен всем только для чтения и исчезнет из боковой панели; вернуть его из архива можно здесь же.
private-members-only = Закрытый — найти его могут только участники
nothing-changed = Ничего не изменилось.
saved = Сохранено.
remove = Исключить
remove-from-chat = Исключить из этого чата
remove-question = Исключить { $name }?
remove-text = { $name } больше не будет видеть новые сообщения здесь.
remove-text-private = { $name } больше не будет видеть новые сообщения здесь и не сможет вернуться, пока кто-нибудь не добавит снова.
creator = Создатель
members-heading = Участники · { $count }
members-hidden = { $count ->
    [one] Ещё { $count } человек, которого вы не видите в справочнике.
    [few] Ещё { $count } человека, которых вы не видите в справочнике.
   *[many] Ещё { $count } человек, которых вы не видите в справочнике.
}
add-people = Добавить людей
add = Добавить
file-kind-image = Изображение
file-kind-pdf = PDF
file-kind-video = Видео
file-kind-audio = Аудио
file-kind-document = Документ
file-kind-spreadsheet = Таблица
file-kind-presentation = Презентация
file-kind-archive = Архив
file-kind-text = Текст
file-kind-file = Файл
file-open-image = Открыть изображение { $name }
file-download = Скачать
file-download-named = Скачать { $name }
file-open-tab = Открыть в новой вкладке
cancelled = Отменено.
files-to-send = Файлы для отправки
files-attach = Прикрепить файлы
file-image = изображение
file-uploading = Загрузка: { $name }
file-cancel-named = Отменить: { $name }
file-pasted-image = Вставленное изображение
file-larger-than = Больше допустимого размера ({ $limit }).

## Чаты: сообщения, поле ввода и ветки

mention-people = Кого упомянуть
send = Отправить
send-title = Отправить (Enter)
key-enter = Enter
key-shift-enter = Shift+Enter
hint-send = — отправить
hint-new-line = — новая строка
hint-edit-last = — изменить последнее
hint-format = **жирный**  _курсив_  `код`  @упоминание
composer-wait-uploads = Дождитесь окончания загрузки файлов или отмените её.
composer-failed-uploads = Некоторые файлы не загрузились; уберите их (×) и попробуйте снова.
composer-too-long = В сообщении { $length ->
    [one] { $length } символ
    [few] { $length } символа
   *[many] { $length } символов
}; максимум — { $max }. Разбейте его на несколько сообщений.
day-label = { $weekday }, { $date }
new-messages = Новые сообщения
message-deleted = Сообщение удалено
edited = (изменено)
edited-at = Изменено { $time }
sending = Отправка…
retry = Повторить
edit = Изменить
discard = Удалить черновик
not-sent = Не отправлено
not-sent-because = Не отправлено ({ $error })
last-reply = Последний ответ { $time }
last-reply-short = последний { $time }
reply-in-thread = Ответить в ветке
edit-message = Изменить сообщение
delete-message-menu = Удалить сообщение…
message-actions = Действия с сообщением
more-actions = Другие действия
more = Ещё
delete-message-question = Удалить это сообщение?
delete-message-text-own = Все в чате увидят «Сообщение удалено» вместо вашего сообщения.
delete-message-text = Все в чате увидят «Сообщение удалено» вместо сообщения пользователя { $name }.
delete-message-thread = Его ветка останется, но новые ответы в неё писать будет нельзя.
edit-hint = Enter — сохранить · Esc — отменить
replies = Ответы
follow = Следить
following = Вы следите
follow-title = Следите, чтобы видеть новые ответы в разделе «Ветки»
following-title = Ответы этой ветки приходят вам в «Ветки». Нажмите, чтобы перестать следить.
thread = Ветка
thread-in = в { $where }
thread-unavailable = Эта ветка недоступна: её сообщение удалено или вы покинули чат.
replies-count = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
   *[many] { $count } ответов
}
replies-none = Ответов пока нет
thread-root-deleted = Это сообщение удалено; новые ответы в его ветку писать нельзя.
reply-placeholder = Ответить…
threads-sub = Ветки, за которыми вы следите, сначала с последними ответами
threads-none = Веток пока нет
threads-none-text = Ответьте на сообщение или откройте его ветку и нажмите «Следить»: новые ответы появятся здесь.
a-chat = чат
thread-card-label = { $unread ->
    [0] Ветка: { $name }, { $where }
   *[other] Ветка: { $name }, { $where }, непрочитанных: { $unread }
}
new-count = новых: { $count }
messages = Сообщения
composer-busy = Сначала отправьте или очистите то, что в поле ввода.
loading-messages = Загрузка сообщений
loading-ellipsis = Загрузка…
archived-title = В архиве
members-show-details = { $count ->
    [one] { $count } участник — показать подробности
    [few] { $count } участника — показать подробности
   *[many] { $count } участников — показать подробности
}
members-and-details = Участники и подробности
unpin-from-sidebar = Открепить в боковой панели
pin-to-sidebar = Закрепить вверху боковой панели
pin = Закрепить
removed-from-chat = Вас исключили из этого чата. Его история останется здесь, пока вы не уйдёте со страницы.
chat-not-found = Чат не найден
chat-unavailable = Этот чат недоступен
chat-unavailable-text = Его нет, или вы не участник. Попросите кого-нибудь из участников добавить вас.
back-to-chats = Вернуться к чатам
join-prompt = { $count ->
    [one] { $count } участник. Вступите, чтобы читать и писать здесь.
    [few] { $count } участника. Вступите, чтобы читать и писать здесь.
   *[many] { $count } участников. Вступите, чтобы читать и писать здесь.
}
channel-welcome = Добро пожаловать в #{ $name }
channel-beginning = Это самое начало канала #{ $name }.
direct-beginning = Это начало вашего личного чата: { $name }.
group-beginning = Это начало этого группового чата.
no-messages-yet = Сообщений пока нет — поздоровайтесь ниже.
channel-archived-notice = #{ $name } в архиве: читать можно, писать здесь нельзя никому.
message-channel = Сообщение в #{ $name }
message-chat = Сообщение: { $name }
typing-one = { $name } печатает…
typing-two = { $first } и { $second } печатают…
typing-several = Несколько человек печатают…
home-welcome = Здравствуйте, { $name }
home-pick = Выберите разговор слева или начните новый.
home-hint-jump = — перейти к любому чату или человеку
home-hint-move = — переход между чатами
key-alt-arrows = Alt ↑↓
home-alone = Пока вы здесь один. Пригласите коллег: они получат письмо со ссылкой.
home-invited = Они появятся в разделе «Сотрудники», когда присоединятся.
invite-your-team = Пригласите команду

## Поиск

a-chat-capital = Чат
search-placeholder = Искать сообщения, людей, каналы и файлы
search-in-chat = В чате
search-in-any-chat = В любом чате
search-from = От кого
search-from-anyone = От кого угодно
search-from-me = От меня
search-from-person = От: { $name }
search-from-this-person = От этого человека
search-after = После
search-before = До
search-has-file = С файлом
search-start = Введите слово, чтобы искать во всех ваших чатах. Фразу берите в "кавычки".
search-no-messages = Подходящих сообщений нет. Попробуйте другую форму слова, меньше слов или другие фильтры.
search-more = Ещё результаты
search-hit-in = в { $where }
search-hit-in-thread = в { $where } (ветка)
search-you-are-in = вы участник
edit-empty = Сообщение не может быть пустым; удалите его.
someone = кто-то

## Presence, reactions and notifications

presence-online = В сети
presence-away = Отошёл
presence-offline = Не в сети
presence-dnd = Не беспокоить
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
