# Las palabras de la interfaz web. Claves en kebab-case, agrupadas por pantalla.

## Inicio y páginas que no existen

boot-failed = No se puede cargar Bivouac
try-again = Reintentar
not-found-title = No encontrado
not-found-heading = Aquí no hay nada
not-found-text = Esta dirección no lleva a ninguna parte en Bivouac.
go-home = Ir al inicio
session-ended = Su sesión ha terminado. Inicie sesión de nuevo.

## Bots: the area, lists and the request card

bots-title = Bots
bots-waiting = Esperan por mí
bots-waiting-count = { $count ->
    [one] { $count } solicitud espera su decisión
   *[other] { $count } solicitudes esperan su decisión
}
bots-mine = Mis solicitudes
bots-start = Nueva solicitud
bots-all = Todas las solicitudes
bots-manage = Editor de bots
bots-load-more = Cargar más
bots-waiting-empty = Nada espera por usted
bots-waiting-empty-text = Aquí, y como tarjetas en los chats de los bots, aparecen las solicitudes que necesitan su decisión.
bots-mine-empty = Aún no hay solicitudes
bots-mine-empty-text = Cree una solicitud: pagar una factura, pedir vacaciones o usar un bot de su empresa.
bots-all-empty = Ninguna solicitud coincide
bots-all-empty-text = Cambie los filtros o espere las primeras solicitudes.
bots-not-allowed = No puede ver esto
bots-filter-bot = Bot
bots-filter-any-bot = Cualquier bot
bots-filter-state = Estado
bots-filter-any-state = Cualquier estado
bots-filter-requester = Solicitante
bots-filter-anyone = Cualquiera
bots-from = Desde
bots-to = Hasta
bots-export = Exportar CSV
bots-no-bots = Aún no hay bots
bots-no-bots-text = Pida a un administrador que configure un bot para su proceso.
bots-send = Enviar solicitud
bots-request = Solicitud
request-state-waiting = En espera
request-state-approved = Aprobada
request-state-done = Ejecutada
request-state-rejected = Rechazada
request-state-returned = Devuelta para cambios
request-state-withdrawn = Retirada
bots-card-label = Solicitud
bots-card-actions = Decidir
bots-card-waiting = Paso { $step } de { $steps } · espera a { $names }
bots-card-to-execute = Aprobada · la ejecuta { $names }
bots-card-updated = Actualizada { $date }
bots-card-unavailable = Esta solicitud no está disponible para usted.
bots-approve = Aprobar
bots-sign = Firmar
bots-reject = Rechazar
bots-return = Devolver
bots-open = Abrir
bots-cancel = Cancelar
bots-password = Su contraseña, para firmar
bots-reject-reason = ¿Por qué la rechaza?
bots-return-reason = ¿Qué hay que cambiar?
bots-reason-needed = Indique el motivo: el solicitante lo leerá.
bots-pass-code = Código del pase: { $code }

## Bots: a request's page

bots-values = Detalles
bots-route = Ruta
bots-history = Historial
bots-discussion = Conversación
bots-signatures = Firmas
bots-signature = { $name } firmó { $file } (SHA-256 { $hash })
bots-pass = Pase de entrada
bots-pass-page = Abrir la página de recepción
bots-pass-qr = Código QR del pase
bots-step-n = Paso { $n }
bots-step-all = deciden todos
bots-step-sign = firmado con contraseña
bots-step-skipped = Omitido: su condición no se cumplió
bots-history-system = Bivouac
bots-history-submitted = envió la solicitud
bots-history-approved = aprobó el paso { $step }
bots-history-signed = firmó en el paso { $step }
bots-history-rejected = la rechazó en el paso { $step }
bots-history-returned = la devolvió para cambios en el paso { $step }
bots-history-resubmitted = la envió de nuevo, desde el paso { $step }
bots-history-withdrawn = la retiró
bots-history-executed = la ejecutó
bots-history-edited = cambió los detalles
bots-history-skipped = omitió el paso { $step } (su condición no se cumplió)
bots-history-reminded = recordó el paso { $step } a quienes aprueban
bots-on-behalf = (en sustitución de { $name })
bots-no-comments = Aún no hay comentarios.
bots-comment = Comentario
bots-comment-send = Enviar comentario
bots-change-and-resend = Cambiar y enviar de nuevo
bots-resubmit = Enviar de nuevo
bots-mark-done = Marcar como hecha
bots-withdraw = Retirar la solicitud

## Bots: the form

bots-choose = Elija…
bots-currency = Moneda
bots-field-required = Rellene este campo.
bots-field-min-length = Al menos { $min } caracteres.
bots-field-max-length = Como máximo { $max } caracteres.
bots-field-min = Al menos { $min }.
bots-field-max = Como máximo { $max }.
bots-field-whole-number = Un número entero, por favor.
bots-field-currency = Una moneda son tres letras, como EUR.
bots-field-amount = Un importe como 1250.00 (como máximo { $digits } decimales).
bots-field-period = Indique el primer y el último día.
bots-field-period-order = El último día es anterior al primero.
bots-file-unreadable = No se pudo leer este archivo.
bots-file-cancel = Cancelar la subida
bots-file-uploading = Subiendo { $name }…
bots-file-ready = { $name } ({ $size }) está adjunto.
bots-file-wait = Espere a que el archivo termine de subirse.
bots-file-hash-only = { $name } (SHA-256 { $hash }…)

## Bots: the editor

bots-new = Bot nuevo
bots-edit = Editar bot
bots-edit-named = Editar { $name }
bots-version = Versión { $version }
bots-builtin = Integrado
bots-name = Nombre
bots-icon = Icono (un emoji)
bots-description = Descripción
bots-fields = Campos del formulario
bots-add-field = Añadir un campo
bots-field-key = Clave
bots-field-label = Etiqueta
bots-field-type = Tipo
bots-field-options = Opciones, separadas por comas
bots-field-min-label = Mínimo
bots-field-max-label = Máximo
bots-required = Obligatorio
bots-move-up = Subir
bots-move-down = Bajar
bots-remove = Quitar
bots-add-step = Añadir un paso
bots-step-kind = Quién decide
bots-step-name = Nombre del paso
bots-step-people = Personas
bots-step-department = Departamento
bots-step-role = Rol
bots-condition = Solo si
bots-condition-field = Campo
bots-condition-op = Comparación
bots-condition-value = Valor
bots-execution = Ejecución
bots-execution-on = Tras la aprobación, alguien la ejecuta
bots-executor = Quién la ejecuta
bots-watchers = Observadores (reciben el resultado)
bots-remind-after = Recordar a quienes aprueban tras (horas)
bots-preview = Vista previa
bots-save = Guardar
bots-delete = Eliminar bot
bots-delete-confirm = ¿Eliminar { $name }? No aceptará solicitudes nuevas; las que están en curso siguen.
bots-type-text = Texto corto
bots-type-long-text = Texto largo
bots-type-number = Número
bots-type-money = Dinero
bots-type-date = Fecha
bots-type-date-range = Periodo
bots-type-person = Persona
bots-type-department = Departamento
bots-type-choice = Una opción
bots-type-multi-choice = Varias opciones
bots-type-checkbox = Casilla
bots-type-file = Archivo
bots-kind-people = Personas nombradas
bots-kind-department-head = El responsable del departamento del solicitante
bots-kind-head-of = El responsable de un departamento
bots-kind-role = Todos los que tienen un rol
bots-role-owner = Propietario
bots-role-admin = Administradores
bots-role-integrator = Integradores
bots-role-employee = Empleados
bots-role-freelancer = Freelancers

## Bots: absences on a person's card

bots-on-vacation = De vacaciones hasta el { $date }
bots-stands-in = { $name } le sustituye

## Bots: integrations

bots-integrations = Integraciones
bots-never = nunca
bots-shown-once = Cópielo ahora: solo se muestra esta vez.
bots-accounts = Cuentas de bot
bots-accounts-help = Una cuenta de bot publica a través de la API con su token (Authorization: Bearer), solo en los canales a los que se añadió, como una persona.
bots-account-name = Nombre de la cuenta
bots-add-account = Añadir cuenta de bot
bots-no-accounts = Aún no hay cuentas de bot.
bots-new-token = Token nuevo
bots-revoke-token = Revocar token
bots-revoke-confirm = ¿Revocar el token de { $name }? Lo que lo use deja de publicar al instante.
bots-token-of = El token de { $name }
bots-token-active = tiene token
bots-token-none = sin token
bots-last-used = último uso { $date }
bots-webhooks = Webhooks
bots-webhooks-help = Los webhooks entrantes aceptan lo que las herramientas envían a Slack; los salientes envían a otro servidor los mensajes que empiezan con una palabra clave.
bots-webhook-channel = Canal
bots-no-channels = Únase primero a un canal.
bots-no-webhooks = Este canal no tiene webhooks.
bots-webhook-name = Nombre del webhook (aparece como autor)
bots-add-incoming = Añadir webhook entrante
bots-webhook-url = La dirección del webhook
bots-trigger = Palabra clave
bots-target-url = Dirección de destino (https://)
bots-add-outgoing = Añadir webhook saliente
bots-outgoing-token = El token que se envía en cada llamada (compruébelo en su servidor)
bots-incoming = entrante
bots-outgoing = saliente
bots-last-error = último error: { $error }
bots-remove-webhook = Eliminar webhook
bots-remove-webhook-confirm = ¿Eliminar { $name }? Su dirección deja de funcionar al instante.

## En todas partes: botones, estados y mensajes

save = Guardar
cancel = Cancelar
confirm = Confirmar
close = Cerrar
back = Atrás
none = Ninguno
you = usted
all = Todas
show-all = Mostrar todas
nothing-to-show = No hay nada que mostrar aquí.
load-more = Cargar más
loading = Cargando
could-not-load = No se pudo cargar
could-not-load-people = No se pudo cargar a las personas
something-went-wrong = Algo salió mal: { $detail }
network-error = No se puede contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.
server-answered = El servidor respondió { $status }.
paging-loop = El servidor envió la misma página dos veces, así que esta lista no se pudo cargar entera. Vuelva a intentarlo.
not-available = No disponible
clear-search = Borrar la búsqueda
clear-filters = Quitar los filtros
copy-link = Copiar el enlace
copy-message-link = Copiar enlace al mensaje
copied = Copiado.
copy-by-hand = Pulse Ctrl+C (⌘C en un Mac) para copiar el enlace seleccionado.
former-member = Antiguo miembro
not-sent-page-closed = No se envió antes de cerrar la página.
password-show = Mostrar
password-hide = Ocultar
password-show-label = Mostrar { $field }
password-hide-label = Ocultar { $field }
password-hint = Al menos { $min } caracteres.
people-count = { $more ->
    [yes] { $count }+ personas
   *[no] { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
}

## Campos

field-first-name = Nombre
field-last-name = Apellidos
field-company-name = Nombre de la empresa
field-email = Correo electrónico
field-password = Contraseña
field-password-repeat = Repita la contraseña
field-new-password = Contraseña nueva
field-new-password-repeat = Repita la contraseña nueva
field-current-password = Contraseña actual
field-title = Cargo
field-title-example = p. ej. Responsable de ventas
field-name = Nombre
field-phone = Teléfono
field-role = Rol
field-access-ends = El acceso termina

## Lo que un formulario necesita antes de enviarse

need-email = Escriba una dirección de correo electrónico.
need-email-shape = «{ $value }» no es una dirección de correo; tiene la forma nombre@example.com.
need-password = La contraseña debe tener al menos { $min } caracteres.
need-password-again = Escriba la contraseña otra vez.
passwords-differ = Las contraseñas no coinciden. Escriba la misma contraseña dos veces.
need-company = Escriba el nombre de su empresa (o equipo).
need-company-name = Escriba el nombre de la empresa.
need-first-name = Escriba su nombre.
need-last-name = Escriba sus apellidos.
need-their-first-name = Escriba su nombre.
need-their-last-name = Escriba sus apellidos.
need-login-email = Escriba la dirección de correo con la que inicia sesión.
need-login-password = Escriba su contraseña.
need-your-email = Escriba su dirección de correo electrónico.
need-current-password = Escriba la contraseña que usa ahora.
need-new-password-again = Escriba la contraseña nueva otra vez.

## Roles y estados

role-owner = Propietario
role-admin = Administrador
role-integrator = Integrador
role-employee = Empleado
role-freelancer = Autónomo
role-hint-owner = Puede hacerlo todo, incluso transferir la propiedad.
role-hint-admin = Dirige el espacio de trabajo: personas, departamentos, correo, registro de auditoría.
role-hint-integrator = Un especialista externo que configura el sistema. Gestiona empleados y autónomos. Puede tener una fecha de fin de acceso.
role-hint-employee = Plantilla. Chats, canales y bots; solo edita su propia ficha.
role-hint-freelancer = Un colaborador externo. Solo ve a las personas con las que tiene un chat directo. Puede tener una fecha de fin de acceso.
person-state-active = Activo
person-state-invited = Invitado
person-state-deactivated = Desactivado

## Inicio de sesión, configuración, invitación y contraseña

sign-in = Iniciar sesión
sign-out = Cerrar sesión
login-lede = Bienvenido de nuevo.
forgot-link = ¿Olvidó su contraseña?
go-to-sign-in = Ir al inicio de sesión
back-to-sign-in = Volver al inicio de sesión
setup-already-title = Ya está configurado
setup-already-text = Este espacio de trabajo ya tiene propietario, así que el enlace de configuración ya no funciona.
setup-no-token-title = Configurar Bivouac
setup-no-token-text = Abra el enlace de configuración de un solo uso que el servidor mostró al arrancar. También está en el archivo setup-link.txt del directorio de datos.
setup-title = Bienvenido a Bivouac
setup-lede = Cree la cuenta del propietario. Justo después podrá invitar a sus compañeros.
setup-company-hint = Lo verán todas las personas que invite. Puede cambiarlo después.
setup-submit = Crear la cuenta del propietario
setup-form-label = Crear la cuenta del propietario
no-setup-title = Ya casi está
no-setup-text = Este Bivouac aún no tiene propietario. Abra el enlace de configuración de un solo uso que el servidor mostró al arrancar (también está en setup-link.txt en el directorio de datos).
invite-no-token-title = Abra su enlace de invitación
invite-no-token-text = Use el enlace del correo de invitación que recibió. Funciona una vez, durante 7 días.
invite-have-account = Ya tengo una cuenta
invite-gone-title = Este enlace de invitación no funciona
invite-failed-title = No se puede abrir la invitación
invite-the-team = el equipo
invite-join = Unirse a { $company }
invite-join-team = Unirse al equipo
invite-your-admin = Su administrador
invite-lede = { $inviter } le invitó a unirse a { $company } como { $role ->
    [owner] propietario
    [admin] administrador
    [integrator] integrador
    [freelancer] autónomo
   *[employee] empleado
}.
invite-form-label = Establezca su contraseña
invite-foot = Establezca una contraseña para terminar. A partir de ahora inicia sesión con { $email }.
forgot-submit = Enviarme un enlace
forgot-form-label = Restablecer la contraseña
forgot-lede = Escriba el correo con el que inicia sesión. Le enviaremos un enlace para establecer una contraseña nueva.
forgot-sent-title = Revise su correo
forgot-sent-text = Si esa dirección pertenece a una cuenta, va en camino un enlace. Funciona una vez, durante una hora.
forgot-sent-lede = ¿No llegó nada? Revise la carpeta de correo no deseado o pregunte a su administrador.
reset-no-token-title = Abra su enlace de restablecimiento
reset-no-token-text = Use el enlace del correo para restablecer la contraseña. Si caducó, pida uno nuevo.
reset-ask-new = Pedir un enlace nuevo
reset-submit = Establecer la contraseña e iniciar sesión
reset-title = Establecer una contraseña nueva
reset-lede = Elija una contraseña nueva. Se cerrará su sesión en todos los demás sitios.
reset-gone-title = Este enlace ya no funciona
address-banner-title = Bivouac está configurado para otra dirección.
address-banner-opened = Abrió { $opened }, pero el servidor pone { $configured } en los enlaces (invitaciones, restablecimiento de contraseña) y solo acepta actualizaciones en vivo desde allí.
address-banner-change = Si todos deben usar { $example }, cambie base_url en la configuración del servidor a { $example } y reinicie Bivouac.
address-banner-set = Ponga en base_url la dirección que abrirán las personas, por ejemplo { $example }: inicie Bivouac con --base-url { $example } o escriba base_url = "{ $example }" en /etc/bivouac/bivouac.toml y reinícielo.

## La estructura: barra, barra lateral, panel y menú personal

rail-label = Secciones
sidebar-label = Barra lateral
panel-label = Detalles
close-panel = Cerrar el panel
chats-title = Conversaciones
people-title = Personas
admin-title = Administración
chats-rail-label = Conversaciones, { $unread } sin leer{ $mentions ->
    [0] {""}
   *[other] , { $mentions ->
        [one] { $mentions } mención
       *[other] { $mentions } menciones
    }
}
me-button-label = { $name }: su cuenta y cerrar sesión
menu-account = Su cuenta y contraseña
menu-company = Nombre y color de la empresa
menu-account-label = Su cuenta

## Su cuenta

account-title = Su cuenta
account-nav = Nombre, idioma y contraseña
account-profile-title = Nombre y cargo
account-profile-label = Su nombre y cargo
account-profile-saved = Su nombre y su cargo están guardados.
account-language = Idioma
account-language-browser = Como el navegador: { $language }
account-language-browser-none = Como el navegador (el del espacio de trabajo: { $language })
account-language-hint = Las pantallas de Bivouac, sus mensajes y su correo llegan en este idioma.
account-language-saved = Su idioma está guardado.
account-password-label = Cambiar su contraseña
account-password-submit = Cambiar la contraseña
account-password-hint = Al cambiarla se cierra su sesión en sus otros dispositivos y navegadores; en este sigue abierta.
account-password-saved = Su contraseña ha cambiado. Se cerró su sesión en todos los demás sitios.

## Administración

admin-people = Personas
admin-invitations = Invitaciones
admin-audit = Registro de auditoría
admin-mail = Correo
admin-company = Empresa
admin-only-staff = Solo el propietario, los administradores y los integradores pueden abrir esta página.
admin-only-admins = Solo el propietario y los administradores pueden abrir esta página.
admin-only-owners = Solo los propietarios pueden abrir esta página.
admin-signed-in-as = Sesión iniciada como { $role ->
    [owner] propietario
    [admin] administrador
   *[integrator] integrador
}.
company-title = Empresa
company-sub = Nombre, color e idioma, para todos en el espacio de trabajo
company-name-hint = Aparece sobre la barra lateral, en las invitaciones y en sus correos.
company-pick-colour = Elegir el color de acento
company-colour = Color de acento
company-colour-hint = El color de su empresa, como # y seis dígitos hexadecimales. Vacío: el verde azulado propio de Bivouac.
company-colour-reset = Usar el color de Bivouac
company-colour-own = Se usa el color propio de Bivouac.
company-colour-shades = Para que el texto siga siendo legible (contraste de al menos 4,5:1), Bivouac usa estos tonos:
company-light-mode = Modo claro
company-dark-mode = Modo oscuro
company-swatch = { $mode }: { $colour }
company-language = Idioma del espacio de trabajo
company-language-hint = Para todos cuyo navegador no habla ninguno de los idiomas de Bivouac, para los correos de invitación y para los mensajes de los bots. Cada persona puede elegir el suyo.
company-form-label = Nombre, color e idioma de la empresa
company-saved = La configuración de la empresa está guardada. Los demás la verán la próxima vez que abran Bivouac.
admin-people-sub = Roles, departamentos y acceso
admin-people-caption = Personas del espacio de trabajo
people-search-placeholder = Buscar por nombre, correo o cargo
people-search-label = Buscar personas
people-no-match = Nadie coincide con «{ $query }»
people-no-match-text = Revise la ortografía o busque por correo electrónico.
people-none-yet = Aún no hay personas
people-none-yet-text = Invite a sus compañeros por correo electrónico para empezar.
loading-people = Cargando personas
col-name = Nombre
col-state = Estado
col-actions = Acciones
col-person = Persona
col-invited-by = Invitado por
col-expires = Caduca
col-when = Cuándo
col-who = Quién
col-action = Acción
col-about = Sobre
col-detail = Detalle
departments = Departamentos
departments-of = Departamentos de { $name }
departments-none-yet = Aún no hay departamentos. Créelos en Estructura de la empresa.
departments-set = { $name } está en { $departments }.
departments-none-now = { $name } ya no está en ningún departamento.
edit-departments = Editar departamentos
edit-departments-of = Editar los departamentos de { $name }
department-members-with-subs = { $total } en él y sus subdepartamentos ({ $direct } directamente)
role-of = Rol de { $name }
make-role = Hacer { $role ->
    [owner] propietario
    [admin] administrador
    [integrator] integrador
    [freelancer] autónomo
   *[employee] empleado
}
make-role-question = ¿Hacer { $role ->
    [owner] propietario
    [admin] administrador
    [integrator] integrador
    [freelancer] autónomo
   *[employee] empleado
} a { $name }?
role-changed = { $name } ahora es { $role ->
    [owner] propietario
    [admin] administrador
    [integrator] integrador
    [freelancer] autónomo
   *[employee] empleado
}.
role-effect-owner = { $name } podrá hacer todo en el espacio de trabajo, incluido cambiar a otros propietarios, renombrar la empresa y transferir la propiedad.
role-effect-admin = { $name } podrá invitar y gestionar a todos salvo a los propietarios, cambiar departamentos, leer el registro de auditoría y probar el correo.
role-effect-integrator = { $name } podrá invitar y gestionar a empleados y autónomos y cambiar departamentos, pero no a administradores.
role-effect-employee = { $name } verá a todos en el directorio, chateará y creará canales públicos y se unirá a ellos, pero no gestionará a nadie.
role-effect-freelancer = { $name } solo verá a las personas con las que tenga un chat directo y solo los chats a los que le añadan.
role-signed-out-note = Con este cambio { $name } pierde permisos y se cierra su sesión en todas partes a la vez; para seguir, debe iniciar sesión de nuevo.
make-owner-question = ¿Hacer también propietario a { $name }?
make-owner-note = Ambos seguirán siendo propietarios; solo un propietario puede deshacerlo.
make-owner = Hacer propietario
make-owner-menu = Hacer también propietario…
access-end-of = Fecha de fin de acceso de { $name }
access-end-remove = Quitar la fecha de fin de acceso de { $name }
access-no-end = Sin fecha de fin
access-ends-on = El acceso de { $name } termina el { $date }.
access-end-removed = El acceso de { $name } ya no tiene fecha de fin.
actions-for = Acciones para { $name }
view-card = Ver ficha
deactivate = Desactivar
deactivate-menu = Desactivar…
deactivate-question = ¿Desactivar a { $name }?
deactivate-text = Se cerrará la sesión de { $name } en todas partes a la vez y no podrá iniciarla hasta que se reactive. Sus mensajes se quedan.
deactivated = { $name } está desactivado y su sesión se cerró en todas partes.
reactivate = Reactivar
reactivated = { $name } puede volver a iniciar sesión.
delete-menu = Eliminar…
delete-question = ¿Eliminar { $name }?
delete-text = Se cerrará la sesión de { $name } y nunca podrá volver a iniciarla; { $email } queda libre para otra persona. Sus mensajes se quedan con su nombre. No se puede deshacer.
delete-for-good = Eliminar definitivamente
deleted = { $name } eliminado.
transfer-ownership = Transferir la propiedad
transfer-ownership-menu = Transferir la propiedad…
transfer-question = ¿Transferir la propiedad a { $name }?
transfer-text = { $name } pasa a ser propietario de { $company }. Usted pasa a ser administrador y no puede recuperar la propiedad por sí mismo.
transferred = { $name } es ahora el propietario. Usted es administrador.

## Invitaciones

invite-title = Invitar a personas
invite-intro = Reciben un correo con un enlace para establecer su contraseña. El enlace funciona durante 7 días.
invite-submit = Enviar la invitación
invite-email-hint = El enlace de invitación va a esta dirección.
invite-access-hint = Opcional, para integradores y autónomos. Sus sesiones terminan después de este día.
invite-language = Idioma de la invitación
invite-language-default = El del espacio de trabajo: { $language }
invite-queued = La invitación a { $email } está en cola y sale en cuanto se entregue el correo. Sin servidor de correo, copie su enlace en Administración → Invitaciones.
invite-sent = Invitación enviada a { $email }.
invite-link = Enlace de invitación
invite-link-for = Enlace de invitación para { $name }
invite-link-text = Envíe usted mismo este enlace a { $email } (aún no se ha enviado por correo). Funciona una vez; quien lo abra establece una contraseña y entra como esta persona.
invitations-sub = A quién se invitó y si llegó el correo
invitations-show = Mostrar invitaciones
invitations-pending = Pendientes
invitation-state-queued = En cola
invitation-state-sent = Enviada
invitation-state-failed = Entrega fallida
invitation-state-accepted = Aceptada
invitation-state-expired = Caducada
invitation-state-revoked = Revocada
invitations-none-open = No hay invitaciones pendientes
invitations-none-accepted = No hay invitaciones aceptadas
invitations-none-revoked = No hay invitaciones revocadas
invitations-none-open-text = Todas las personas invitadas han respondido. Invite a más cuando las necesite.
invitations-none-yet = Aún no hay invitaciones
invitations-none-yet-text = Invite a compañeros por correo electrónico: reciben un enlace para establecer su contraseña.
invitation-more-actions = Más acciones para la invitación de { $name }
invitation-copy-link-menu = Copiar el enlace de invitación…
invitation-correct-menu = Corregir el correo…
revoke-menu = Revocar…
resend = Reenviar
invitation-resend = Reenviar la invitación
invitation-resend-to = Reenviar la invitación a { $email }
invitation-resent = Un nuevo enlace de invitación va en camino a { $email }. El enlace anterior ya no funciona.
invitation-sent-at = Enviada { $time }
invitation-delivery-failed = Entrega fallida: { $error }
invitation-correct-title = Corregir el correo de { $name }
invitation-correct-intro = Una invitación nueva va a la dirección corregida; el enlace enviado a la anterior deja de funcionar.
invitation-correct-submit = Enviar a esta dirección
invitation-corrected = La invitación va ahora a { $email }.
invitation-revoke = Revocar la invitación
invitation-revoke-menu = Revocar la invitación…
invitation-revoke-question = ¿Revocar la invitación de { $name }?
invitation-revoke-text = El enlace enviado a { $email } deja de funcionar enseguida. Puede volver a invitar a { $name } más tarde.
invitation-revoke-text-people = El enlace enviado a { $email } deja de funcionar y { $name } desaparece de esta lista. Puede volver a invitarle más tarde.
invitation-revoked = La invitación de { $name } está revocada.
loading-invitations = Cargando invitaciones

## Configuración del correo

mail-sub = Cómo envía Bivouac las invitaciones y los restablecimientos de contraseña
mail-not-set = sin definir
mail-configured = El correo está configurado. Las invitaciones y los restablecimientos de contraseña salen por el servidor de abajo.
mail-not-configured = El correo no está configurado:
mail-not-configured-text = las invitaciones quedan en cola hasta que se defina smtp.host.
mail-smtp-server = Servidor SMTP
mail-host = Servidor
mail-port = Puerto
mail-security = Seguridad
mail-from = Remitente
mail-security-none = Ninguna (SMTP simple)
mail-security-starttls = STARTTLS
mail-security-tls = TLS (implícito)
mail-read-only = Aquí esta configuración es de solo lectura. Se define en el archivo de configuración o en el entorno; reinicie Bivouac después de cambiarla:
mail-outbox = Bandeja de salida
mail-queued = { $count ->
    [one] correo esperando a enviarse
   *[other] correos esperando a enviarse
}
mail-failed = { $count ->
    [one] invitación no se pudo entregar
   *[other] invitaciones no se pudieron entregar
}
mail-see-invitations = Vea las invitaciones
mail-see-invitations-why = para reenviarlas o corregir una dirección. El correo en cola se reintenta automáticamente.
mail-nothing-waiting = No hay nada esperando. El correo en cola se reintenta automáticamente mientras el servidor SMTP no responde.
mail-send-to = Enviar a
mail-send-to-hint = Déjelo vacío para enviárselo a usted ({ $email }).
mail-test-submit = Enviar correo de prueba
mail-test-title = Enviar un correo de prueba
mail-test-text = Envía un correo ahora mismo, sin pasar por la bandeja de salida, y muestra lo que respondió el servidor SMTP.
mail-test-delivered = Entregado a { $email }.
mail-test-not-delivered = No entregado a { $email }.
mail-test-sent = Correo de prueba enviado a { $email }.
mail-loading = Cargando la configuración del correo
mail-settings = Configuración del correo
mail-failed-alert = { $count ->
    [one] { $count } invitación no se pudo entregar.
   *[other] { $count } invitaciones no se pudieron entregar.
}
mail-failed-resend = Compruebe la dirección y reenvíe.
mail-failed-resend-or = Compruebe la dirección y reenvíe, o
mail-test-settings = pruebe la configuración del correo

## Registro de auditoría

audit-sub = Cada acción administrativa, la más reciente primero
audit-all-actions = Todas las acciones
audit-done-by = Hecho por
audit-done-by-anyone = Hecho por cualquiera
audit-about-anyone = Mostrar las entradas sobre cualquiera
audit-about = Sobre { $name }
audit-about-one = Sobre una persona
audit-no-match = Ninguna entrada coincide
audit-no-match-text = Pruebe otra acción u otra persona, o quite los filtros.
audit-empty = Aún no hay nada registrado
audit-empty-text = Aquí aparecen los cambios de rol, las invitaciones, las desactivaciones y los cambios de departamentos.
audit-load-older = Cargar entradas anteriores
audit-only-about = Mostrar solo las entradas sobre { $name }
audit-automatic = Bivouac (automático)
audit-could-not-load-actions = No se pudieron cargar las acciones
audit-loading = Cargando el registro de auditoría

## Personas

people-everyone = Todos
structure-title = Estructura de la empresa
departments-none-yet-create = Aún no hay departamentos. Créelos en Estructura de la empresa.
departments-none = Aún no hay departamentos.
department = Departamento
all-departments = Todos los departamentos
pinned = Fijados
pinned-people = Personas fijadas
people-no-match-in = Nadie coincide con «{ $query }» en { $department }
people-no-match-text-title = Revise la ortografía o busque por correo o cargo.
department-empty = Aún no hay nadie en { $department }
department-empty-this = Aún no hay nadie en este departamento
department-empty-text = Las personas entran en un departamento desde su ficha en Administración.
show-everyone = Mostrar a todos
nobody-yet = Aún no hay nadie aquí
nobody-yet-invite = Invite a sus compañeros por correo; aparecerán aquí cuando se unan.
nobody-yet-text = Sus compañeros aparecerán aquí cuando se unan.
people-in = Personas de { $department }
unpin = Desfijar
pin-to-top = Fijar arriba
person-pinned = { $name } está fijado arriba en Personas.
person-unpinned = { $name } ya no está fijado.
your-card = Su ficha
person = Persona
edit-my-card = Editar mi ficha
edit-card = Editar la ficha
edit-your-card = Editar su ficha
edit-card-of = Editar la ficha de { $name }
manage = Gestionar
message-person = Mensaje
card-saved-own = Su ficha está guardada.
card-saved = La ficha de { $name } está guardada.
picker-placeholder = Buscar por nombre o correo
searching = Buscando…
picker-no-match = Nadie coincide con «{ $query }».
picker-nobody = Aún no hay nadie que mostrar.
remove-person = Quitar a { $name }

## Estructura de la empresa

structure-sub = Departamentos y quién los dirige
department-new = Departamento nuevo
department-new-sub = Subdepartamento nuevo
departments-count = { $count ->
    [one] { $count } departamento.
   *[other] { $count } departamentos.
}
structure-menu-hint = Use el botón … de un departamento para renombrarlo, moverlo, asignarle responsable o eliminarlo.
structure-empty-manager = Construya la estructura de su empresa: empiece por los departamentos de nivel superior y añada después los equipos dentro.
structure-empty = Sus administradores aún no han creado departamentos.
department-create-first = Crear el primer departamento
led-by = dirigido por
no-head = Sin responsable
members = Miembros
department-add-sub = Añadir subdepartamento
rename = Renombrar
move = Mover
delete = Eliminar
create = Crear
head-change = Cambiar responsable
head-set = Asignar responsable
department-top-level = Nivel superior (sin departamento superior)
department-name-example = p. ej. Ventas
department-inside = Dentro de
department-head = Responsable
department-head-hint = Opcional. Las rutas de aprobación pueden ir al responsable.
department-created = { $name } creado.
rename-what = Renombrar { $name }
department-renamed = { $old } se llama ahora { $name }.
department-move-inside = Mover dentro de
department-move-hint = Sus subdepartamentos y miembros se mueven con él.
move-what = Mover { $name }
department-moved = { $name } se movió a { $to }.
department-moved-top = { $name } es ahora un departamento de nivel superior.
department-head-of = Responsable de { $name }
department-head-set = { $person } dirige ahora { $name }.
department-head-none = { $name } ya no tiene responsable.
department-delete-text = El departamento { $name } desaparece de la estructura de la empresa. Solo se puede eliminar un departamento vacío: mueva antes sus personas y subdepartamentos.
department-delete = Eliminar el departamento
department-deleted = { $name } eliminado.
loading-departments = Cargando departamentos

## Conversaciones: la barra lateral

channel = Canal
channel-private = Canal privado
channel-named = Canal { $name }
channel-private-named = Canal privado { $name }
mentions-count = { $count ->
    [one] { $count } mención
   *[other] { $count } menciones
}
unread-count = { $count } sin leer
unread-label = { $name }{ $unread ->
    [0] {""}
   *[other] , { $unread } sin leer
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mención
   *[other] , { $mentions } menciones
}
new-menu = Nuevo…
new-menu-label = Canal, mensaje o carpeta nuevos
new-channel-menu = Canal nuevo…
new-message-menu = Mensaje nuevo…
browse-channels-menu = Explorar canales…
new-folder-menu = Carpeta nueva…
new-folder = Carpeta nueva
new-channel = Canal nuevo
new-message = Mensaje nuevo
folder-name = Nombre de la carpeta
folder-create = Crear la carpeta
folder-new-with-chat = La conversación va a la carpeta nueva.
folder-new-lede = Las carpetas agrupan conversaciones; una conversación puede estar en varias carpetas.
loading-chats = Cargando conversaciones
reconnecting = Reconectando… los mensajes nuevos aparecerán cuando vuelva la conexión.
jump-to = Ir a…
key-ctrl-k = Ctrl K
threads-title = Hilos
pinned-empty = Fije las conversaciones importantes desde su menú … o arrástrelas aquí.
channels-title = Canales
channels-all-filed = Todos sus canales están fijados o en carpetas.
directs-title = Chats directos y de grupo
directs-all-filed = Todas sus conversaciones están fijadas o en carpetas.
directs-none = Aún no hay chats directos —
directs-none-action = escriba a un compañero
channels-none-added = Aún no hay canales — aquí verá aquellos a los que le añadan.
channels-none = Aún no hay canales —
channels-none-create = cree uno para su departamento
channels-none-browse = explore los existentes
or = o
options-for = Opciones de { $name }
move-up = Subir
move-down = Bajar
add-to-folder-menu = Añadir a la carpeta ▸
remove-from-folder = Quitar de «{ $name }»
leave-channel-menu = Salir del canal…
leave-group-menu = Salir del grupo…
leave-channel-question = ¿Salir de #{ $name }?
leave-group-question = ¿Salir del chat de grupo con { $name }?
leave-private-text = Es privado: para volver, alguien tendrá que añadirle de nuevo.
leave-text = Dejará de recibir sus mensajes, y saldrá de su barra lateral, sus fijados y sus carpetas.
leave = Salir
folders-title = Carpetas
folders-none = Agrupe conversaciones en carpetas:
folders-none-action = carpeta nueva
folder-show = Mostrar «{ $name }»
folder-named = Carpeta { $name }
folder-department-named = Carpeta de departamento { $name }
folder-department-title = Carpeta de departamento, definida por los administradores
folder-department-tag = Depto.
folder-options-for = Opciones de la carpeta { $name }
folder-department-empty = Aún no es suya ninguna conversación de esta carpeta.
folder-empty = Vacía — arrastre conversaciones aquí o use «Añadir a la carpeta» en el menú de una conversación.
expand = Expandir
collapse = Contraer
folder-department-hide = Ocultar esta carpeta de departamento
rename-menu = Renombrar…
folder-rename = Renombrar la carpeta
folder-delete-menu = Eliminar la carpeta…
folder-delete-question = ¿Eliminar la carpeta «{ $name }»?
folder-delete-text = Solo se va la carpeta; sus conversaciones se quedan en la barra lateral.
folder-delete = Eliminar la carpeta

## Conversaciones: diálogos y el salto rápido

description = Descripción
channel-name-example = p. ej. equipo-ventas
channel-description-hint = ¿Para qué sirve? Aparece bajo el nombre.
new-channel-lede = Los canales son para un equipo, un proyecto o un proceso.
private = Privado
private-channel-hint = solo las personas que añada pueden encontrarlo y leerlo
channel-create = Crear el canal
need-channel-name = Dé un nombre al canal.
channels-filter = Filtrar canales
browse-channels = Explorar canales
browse-channels-lede = Canales públicos de la empresa. Únase a cualquiera de ellos.
channels-no-match = Ningún canal coincide.
channels-no-public = Aún no hay canales públicos — cree el primero.
channel-open-named = Abrir #{ $name }
channel-join-named = Unirse a #{ $name }
open = Abrir
join = Unirse
members-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
message-to = Para
group-chat-start = Empezar un chat de grupo
chat-open = Abrir la conversación
new-message-lede = Elija una persona para un chat directo, o varias para un chat de grupo. Intro elige a la persona resaltada; otro Intro abre la conversación.
need-name = Escriba un nombre.
switcher-placeholder = Ir a una conversación o persona, o buscar…
jump-to-label = Ir a
results = Resultados
switcher-hint = ↑↓ para moverse · Intro para abrir · Esc para cerrar
nothing-matches = Nada coincide.
chats-none-yet = Aún no hay conversaciones.
search-messages-for = Buscar «{ $query }» en los mensajes
search = Búsqueda
chat-kind-direct = Directo
chat-kind-group = Grupo

## Conversaciones: el panel y los archivos

group-chat = Chat de grupo
direct-chat = Chat directo
files = Archivos
files-more = Mostrar más archivos
files-loading = Cargando archivos…
files-none = Aquí aún no se ha compartido ningún archivo — adjunte uno con el clip o suéltelo en la conversación.
about = Acerca de
no-description = Sin descripción.
channel-public = Canal público
archived = archivado
unarchive = Desarchivar
archive = Archivar
archive-menu = Archivar…
archive-question = ¿Archivar #{ $name }?
archive-text = Pasa a ser de solo lectura para todos y sale de la barra lateral; puede desarchivarlo más tarde desde aquí.
private-members-only = Privado — solo los miembros pueden encontrarlo
nothing-changed = No ha cambiado nada.
saved = Guardado.
remove = Quitar
remove-from-chat = Quitar de esta conversación
remove-question = ¿Quitar a { $name }?
remove-text = { $name } dejará de ver los mensajes nuevos aquí.
remove-text-private = { $name } dejará de ver los mensajes nuevos aquí y no podrá volver salvo que alguien le añada de nuevo.
creator = Creador
members-heading = Miembros · { $count }
members-hidden = { $count ->
    [one] { $count } persona más que no ve en el directorio.
   *[other] { $count } personas más que no ve en el directorio.
}
add-people = Añadir personas
add = Añadir
file-kind-image = Imagen
file-kind-pdf = PDF
file-kind-video = Vídeo
file-kind-audio = Sonido
file-kind-document = Documento
file-kind-spreadsheet = Hoja de cálculo
file-kind-presentation = Presentación
file-kind-archive = Archivo comprimido
file-kind-text = Texto
file-kind-file = Archivo
file-open-image = Abrir la imagen { $name }
file-download = Descargar
file-download-named = Descargar { $name }
file-open-tab = Abrir en una pestaña nueva
cancelled = Cancelado.
files-to-send = Archivos para enviar
files-attach = Adjuntar archivos
file-image = imagen
file-uploading = Subiendo { $name }
file-cancel-named = Cancelar { $name }
file-pasted-image = Imagen pegada
file-larger-than = Supera el límite de { $limit }.

## Conversaciones: mensajes, el editor e hilos

mention-people = Personas a mencionar
send = Enviar
send-title = Enviar (Intro)
key-enter = Intro
key-shift-enter = Mayús+Intro
hint-send = para enviar
hint-new-line = línea nueva
hint-edit-last = editar el último
hint-format = **negrita**  _cursiva_  `código`  @mención
composer-wait-uploads = Espere a que terminen de subirse los archivos, o cancélelos.
composer-failed-uploads = Algunos archivos no se pudieron subir; quítelos (×) y vuelva a intentarlo.
composer-too-long = El mensaje tiene { $length } caracteres; el máximo es { $max }. Divídalo en varios mensajes.
day-label = { $weekday }, { $date }
new-messages = Mensajes nuevos
message-deleted = Este mensaje se eliminó
edited = (editado)
edited-at = Editado { $time }
sending = Enviando…
retry = Reintentar
edit = Editar
discard = Descartar
not-sent = No enviado
not-sent-because = No enviado ({ $error })
last-reply = Última respuesta { $time }
last-reply-short = última { $time }
reply-in-thread = Responder en el hilo
edit-message = Editar el mensaje
delete-message-menu = Eliminar el mensaje…
message-actions = Acciones del mensaje
more-actions = Más acciones
more = Más
delete-message-question = ¿Eliminar este mensaje?
delete-message-text-own = Todos en la conversación verán «Este mensaje se eliminó» en lugar de su mensaje.
delete-message-text = Todos en la conversación verán «Este mensaje se eliminó» en lugar del mensaje de { $name }.
delete-message-thread = Su hilo se queda, pero no admite respuestas nuevas.
edit-hint = Intro para guardar · Esc para cancelar
replies = Respuestas
follow = Seguir
following = Siguiendo
follow-title = Siga el hilo para ver las respuestas nuevas en Hilos
following-title = Recibe las respuestas de este hilo en Hilos. Haga clic para dejar de seguirlo.
thread = Hilo
thread-in = en { $where }
thread-unavailable = Este hilo no está disponible: su mensaje ya no existe o usted salió de la conversación.
replies-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
replies-none = Aún no hay respuestas
thread-root-deleted = Este mensaje se eliminó; su hilo no admite respuestas nuevas.
reply-placeholder = Responder…
threads-sub = Hilos que sigue, con la última respuesta primero
threads-none = Aún no hay hilos
threads-none-text = Responda a un mensaje, o abra su hilo y pulse Seguir: sus respuestas nuevas aparecerán aquí.
a-chat = una conversación
thread-card-label = { $unread ->
    [0] Hilo de { $name } en { $where }
   *[other] Hilo de { $name } en { $where }, { $unread } sin leer
}
new-count = { $count } nuevas
messages = Mensajes
composer-busy = Primero envíe o borre lo que hay en el cuadro de mensaje.
loading-messages = Cargando mensajes
loading-ellipsis = Cargando…
archived-title = Archivado
members-show-details = { $count ->
    [one] { $count } miembro — mostrar detalles
   *[other] { $count } miembros — mostrar detalles
}
members-and-details = Miembros y detalles
unpin-from-sidebar = Desfijar de la barra lateral
pin-to-sidebar = Fijar arriba en la barra lateral
pin = Fijar
removed-from-chat = Le quitaron de esta conversación. Su historial queda aquí hasta que salga de la página.
chat-not-found = Conversación no encontrada
chat-unavailable = Esta conversación no está disponible
chat-unavailable-text = No existe, o usted no es miembro. Pida a alguien de ella que le añada.
back-to-chats = Volver a las conversaciones
join-prompt = { $count ->
    [one] { $count } miembro. Únase para leer y escribir aquí.
   *[other] { $count } miembros. Únase para leer y escribir aquí.
}
channel-welcome = Bienvenido a #{ $name }
channel-beginning = Este es el principio de #{ $name }.
direct-beginning = Este es el principio de su chat directo con { $name }.
group-beginning = Este es el principio de este chat de grupo.
no-messages-yet = Aún no hay mensajes — salude abajo.
channel-archived-notice = #{ $name } está archivado: puede leerlo, pero nadie puede escribir aquí.
message-channel = Mensaje para #{ $name }
message-chat = Mensaje para { $name }
typing-one = { $name } está escribiendo…
typing-two = { $first } y { $second } están escribiendo…
typing-several = Varias personas están escribiendo…
home-welcome = Bienvenido, { $name }
home-pick = Elija una conversación a la izquierda, o empiece una nueva.
home-hint-jump = va a cualquier conversación o persona
home-hint-move = cambia de conversación
key-alt-arrows = Alt ↑↓
home-alone = Por ahora es la única persona aquí. Invite a sus compañeros: reciben un correo con un enlace para unirse.
home-invited = Aparecerán en Personas cuando se unan.
invite-your-team = Invitar a su equipo

## Búsqueda

a-chat-capital = Una conversación
search-placeholder = Buscar mensajes, personas, canales y archivos
search-in-chat = En la conversación
search-in-any-chat = En cualquier conversación
search-from = De
search-from-anyone = De cualquiera
search-from-me = Míos
search-from-person = De { $name }
search-from-this-person = De esta persona
search-after = Después del
search-before = Antes del
search-has-file = Con archivo
search-start = Escriba una palabra para buscar en todas sus conversaciones. Use "comillas" para una frase.
search-no-messages = Ningún mensaje coincide. Pruebe otra forma de la palabra, menos palabras u otros filtros.
search-more = Más resultados
search-hit-in = en { $where }
search-hit-in-thread = en { $where } (hilo)
search-you-are-in = es miembro
edit-empty = Un mensaje no puede quedar vacío; elimínelo.
someone = alguien

## Presence, reactions and notifications

presence-online = En línea
presence-away = Ausente
presence-offline = Desconectado
presence-dnd = No molestar
link-copied = Enlace copiado. Cualquiera que pueda leer este chat puede abrirlo.
reaction-add = Añadir reacción
reactions-label = Reacciones
reaction-who = { $emoji } { $count ->
    [one] { $count } reacción
   *[other] { $count } reacciones
}: { $names }
reaction-you = tú
reaction-more = { $count } más
reaction-search = Buscar emoji
reaction-recent = Usados recientemente
reaction-all = Todos
notify-level-button = Notificaciones: { $level }
notify-level-all = Todos los mensajes
notify-level-mentions = Solo menciones
notify-level-none = Nada (silenciado)
push-unsupported = Este navegador no puede mostrar notificaciones de Bivouac.
push-blocked = Las notificaciones están bloqueadas para este sitio; permítelas en la configuración del sitio del navegador.
push-new-message = Mensaje nuevo
notify-settings-title = Estado y notificaciones
status-legend = Tu estado
status-emoji = Emoji
status-text = Estado
status-placeholder = De vacaciones hasta el 12 dic
status-clear = Borrar tras
until-never = No borrar
until-30m = 30 minutos
until-1h = 1 hora
until-4h = 4 horas
until-today = Hoy
until-week = Esta semana
until-keep = Como estaba
dnd-legend = No molestar
dnd-label = No molestar
dnd-hint = Las notificaciones push se retienen; los correos de lo que te perdiste siguen llegando.
dnd-until = Hasta
notify-legend = Notificaciones
push-label = Notificaciones en este dispositivo
push-hint = Mensajes directos, menciones y respuestas en hilos que sigues, cuando no tienes delante una pestaña de Bivouac.
hide-text-label = Ocultar el texto de los mensajes en las notificaciones
email-label = Enviarme un correo sobre mensajes directos y menciones sin leer
email-hint = Un correo reúne todo lo pendiente, como mucho una vez por hora.
email-off = Nunca
email-after = Tras { $minutes } minutos
quiet-label = Horas de silencio
quiet-hint = Sin notificaciones entre estas horas.
quiet-from = Silencio desde
quiet-to = Silencio hasta
mark-unread = Marcar como no leído desde aquí
remind-me = Recordármelo…
remind-20m = En 20 minutos
remind-1h = En 1 hora
remind-3h = En 3 horas
remind-tomorrow = Mañana a las 9:00
remind-monday = El próximo lunes a las 9:00
remind-set = Te lo recordaré el { $when }.
remind-title = Recordatorio
remind-toast = Recordatorio: { $preview }
remind-open = Abrir
