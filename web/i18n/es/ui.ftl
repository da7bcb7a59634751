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
