# Policies only partly known before apply (they name a function ARN computed at apply time):
# the known part already lets any role be passed.
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "worker.zip"
}

# jsonencode: iam:PassRole on "*" next to the function ARN.
resource "aws_iam_policy" "encoded" {
  name = "encoded"
  policy = jsonencode({ # expect: AWS-IAM-006
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["lambda:UpdateFunctionConfiguration", "iam:PassRole"]
      Resource = [aws_lambda_function.worker.arn, "*"]
    }]
  })
}

# A heredoc that interpolates the ARN in one statement; the other passes every role.
resource "aws_iam_role_policy" "heredoc" {
  name = "heredoc"
  role = "deployer"
  policy = ( # expect: AWS-IAM-006
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "lambda:InvokeFunction", "Resource": "${aws_lambda_function.worker.arn}"},
    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::123456789012:role/*"}
  ]
}
EOF
  )
}

# A policy document data source whose resources include the unknown ARN.
data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["lambda:UpdateFunctionCode"]
    resources = [aws_lambda_function.worker.arn]
  }
  statement {
    actions   = ["iam:Pass*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "document" {
  name   = "document"
  policy = data.aws_iam_policy_document.deploy.json # expect: AWS-IAM-006
}
